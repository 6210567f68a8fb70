#!/usr/bin/env bash
# Benchmark of GET /api/v1/exports/indicator-values (not a test; not run by test.sh). See README "Exports".
#
# Starts the packaged backend on a fresh embedded PostgreSQL (scripts/benchmark/backend.sh), loads the national
# synthetic data (34 provinces, ≈ 3.3 million values), then compares, in the same run on the same data:
#   - the backend's CSV export of every value (as admin, through HTTP, read to the end by curl) against psql's
#     COPY of the same query in the same order, both with work_mem 64MB (what the backend asks for): rows/s, ratio;
#   - the time to the export's first byte;
#   - the backend's resident memory (RSS, sampled every 0.1 s) during the export against its RSS at rest.
# It then adds the quarters of 2016–2025 (10 million values in all) and measures again (SMALL_ONLY=1 skips this).
#
# Usage: scripts/benchmark-export.sh [--build]   (needs openssl, psql, python3, curl; KEEP=1 keeps the temp dir)
set -euo pipefail
source "$(dirname "$0")/benchmark/backend.sh"

# The backend's query for one indicator, here over all of them at once: the same columns, the same order.
reference_sql="SELECT ind.code, ind.name_vi, ind.unit, au.code, au.name, au.level, iv.period_code, iv.period_type,
  iv.period_start, iv.period_end, iv.sex, iv.age_group, iv.area_type, trim_scale(iv.value), iv.status, iv.source_kind,
  iv.source_name, iv.report_id, iv.evidence, iv.entered_by,
  to_char(iv.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),
  to_char(iv.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')
  FROM indicator_value iv JOIN indicator ind ON ind.id = iv.indicator_id JOIN admin_unit au ON au.id = iv.unit_id
  ORDER BY ind.code, au.code, iv.period_start, iv.period_end, iv.sex, iv.age_group, iv.area_type, iv.id"

java_pid() { pgrep -f -- "-Dquarkus.http.port=$http_port .*quarkus-run.jar" | while read -r p; do
  [[ "$(cat "/proc/$p/comm" 2>/dev/null)" == java ]] && echo "$p"; done | head -1; }
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

measure() {
  local label=$1 rows t0 t1 ref_s pid rest peak=0 sampler out
  rows="$(psql -Atc "SELECT count(*) FROM indicator_value")"
  t0=$(date +%s.%N)
  PGOPTIONS='-c work_mem=64MB' psql -Atc "COPY ($reference_sql) TO STDOUT (FORMAT csv)" >/dev/null
  t1=$(date +%s.%N)
  ref_s=$(echo "$t1 - $t0" | bc -l)

  pid="$(java_pid)"
  # warm the backend's code paths on a small export first, then let it settle
  curl -fsS -H "Authorization: Bearer $(token admin)" -H 'Accept: text/csv' \
    "http://localhost:$http_port/api/v1/exports/indicator-values?periodFrom=2025-12-01" >/dev/null
  sleep 2
  rest="$(rss_kb "$pid")"
  ( while kill -0 "$pid" 2>/dev/null; do rss_kb "$pid"; sleep 0.1; done ) >"$work/rss-$label" &
  sampler=$!
  out="$(curl -fsS -o /dev/null -w '%{time_starttransfer} %{time_total} %{size_download}' \
    -H "Authorization: Bearer $(token admin)" -H 'Accept: text/csv' \
    "http://localhost:$http_port/api/v1/exports/indicator-values")"
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  peak="$(sort -n "$work/rss-$label" | tail -1)"
  read -r ttfb total bytes <<<"$out"
  printf 'RESULT %s rows=%d psql_copy_s=%.1f psql_rows_per_s=%.0f export_s=%.1f export_rows_per_s=%.0f ratio=%.2f ttfb_s=%.2f bytes=%d rss_rest_mb=%.0f rss_peak_mb=%.0f rss_growth_mb=%.0f\n' \
    "$label" "$rows" "$ref_s" "$(echo "$rows / $ref_s" | bc -l)" "$total" "$(echo "$rows / $total" | bc -l)" \
    "$(echo "($rows / $total) / ($rows / $ref_s)" | bc -l)" "$ttfb" "$bytes" "$(echo "$rest / 1024" | bc -l)" \
    "$(echo "$peak / 1024" | bc -l)" "$(echo "($peak - $rest) / 1024" | bc -l)" | tee -a "$work/results"
}

load 1 34
measure national
if [[ -z "${SMALL_ONLY:-}" ]]; then
  t0=$SECONDS
  psql -q -v ON_ERROR_STOP=1 -1 -f "$root/scripts/benchmark/more-periods.sql"
  psql -q -c "VACUUM ANALYZE indicator_value"
  echo "added the quarters in $((SECONDS - t0)) s: $(psql -Atc "SELECT count(*) FROM indicator_value") values"
  measure ten-million
fi

echo
echo "CSV export of every value (admin) against psql COPY of the same query and order, same run, same data"
awk '/^RESULT/ { printf "%-12s", $2; for (i = 3; i <= NF; i++) printf " %s", $i; printf "\n" }' "$work/results"
echo "targets: ratio >= 0.8, ttfb_s < 1, rss_growth_mb < 64 (during the 10-million-row export)"
