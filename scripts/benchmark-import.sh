#!/usr/bin/env bash
# Benchmark of POST /api/v1/imports/indicator-values (not a test; not run by test.sh). See README "Imports".
#
# Starts the packaged backend as scripts/benchmark-dashboard.sh does (scripts/benchmark/backend.sh; the body limit
# raised for the file), creates 50 indicators, writes a CSV of N values (ROWS, default 1,000,000: 50 indicators × the
# 63 provinces of 2016 × as many months as needed) and imports it as a machine client, timed with curl. It then
# times psql's \copy of the same rows, as stored (ids resolved), into a table with the same columns, constraints
# and indexes as indicator_value, and prints both rates in rows/s and their ratio; then the import of the same file
# again (every row unchanged), the backend's peak resident memory and its peak heap (from its GC log).
#
# Usage: scripts/benchmark-import.sh [--build]   (ROWS=100000 for a quick run; KEEP=1 keeps the temporary directory;
# BACKEND_OPTS=-Xmx128m to show the heap needs no more for any size)
set -euo pipefail
rows="${ROWS:-1000000}"
# BACKEND_OPTS from the environment (e.g. -Xmx128m), split into words, then the body limit raised for the file
read -r -a BACKEND_OPTS <<<"${BACKEND_OPTS:-}"
BACKEND_OPTS+=(-Dchildplan.imports.max-bytes=4294967296)
source "$(dirname "$0")/benchmark/backend.sh"
token="$(token integration)"

source "$(dirname "$0")/benchmark/values.sh"
values_file BENCH_IMPORT "$rows" "$work/values.csv"
echo "file: $rows values, $(du -h "$work/values.csv" | cut -f1)"

run_import() {
  curl -sS -o "$work/summary.json" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $token" \
    -H 'Content-Type: text/csv' --data-binary @"$work/values.csv" "http://localhost:$http_port/api/v1/imports/indicator-values"
}
read -r status import_s < <(run_import)
echo "import: HTTP $status in $import_s s: $(head -c 300 "$work/summary.json")"
[[ "$status" == 200 ]]

psql -q -v ON_ERROR_STOP=1 -c "CREATE TABLE bench_copy (LIKE indicator_value INCLUDING ALL)"
psql -q -v ON_ERROR_STOP=1 -c "\\copy (SELECT v.* FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id WHERE i.code LIKE 'BENCH_IMPORT_%') TO '$work/stored.copy'"
psql -q -c "CHECKPOINT"
t0=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 -c "\\copy bench_copy FROM '$work/stored.copy'"
copy_s=$(echo "$(date +%s.%N) - $t0" | bc -l)

# what the import cannot skip, in the same run: the same rows into a table with indicator_value's foreign keys,
# one change-feed row per value, and a COPY into an unindexed unlogged table (a staging table's cost)
psql -q -v ON_ERROR_STOP=1 -c "CREATE TABLE bench_fk (LIKE indicator_value INCLUDING ALL)" \
  -c "ALTER TABLE bench_fk ADD FOREIGN KEY (indicator_id) REFERENCES indicator (id),
      ADD FOREIGN KEY (unit_id) REFERENCES admin_unit (id), ADD FOREIGN KEY (report_id) REFERENCES report (id)"
psql -q -c "CHECKPOINT"
t0=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 -c "\\copy bench_fk FROM '$work/stored.copy'"
fk_s=$(echo "$(date +%s.%N) - $t0" | bc -l)
psql -q -c "CHECKPOINT"
t0=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 -c "INSERT INTO change_log (entity, entity_id, version, operation, unit_code)
  SELECT 'benchmark', v.id, v.version, 'CREATED', au.code FROM bench_copy v JOIN admin_unit au ON au.id = v.unit_id ORDER BY v.id"
feed_s=$(echo "$(date +%s.%N) - $t0" | bc -l)
psql -q -v ON_ERROR_STOP=1 -c "CREATE UNLOGGED TABLE bench_stage (LIKE indicator_value)"
t0=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 -c "\\copy bench_stage FROM '$work/stored.copy'"
stage_s=$(echo "$(date +%s.%N) - $t0" | bc -l)
psql -q -v ON_ERROR_STOP=1 -c "DELETE FROM change_log WHERE entity = 'benchmark'"

read -r status again_s < <(run_import)
echo "re-import: HTTP $status in $again_s s: $(head -c 300 "$work/summary.json")"

awk -v n="$rows" -v i="$import_s" -v c="$copy_s" -v a="$again_s" -v f="$fk_s" -v d="$feed_s" -v g="$stage_s" 'BEGIN {
  printf "rows             %10d\n", n;
  printf "import           %10.0f rows/s (%.1f s)\n", n / i, i;
  printf "\\copy same rows  %10.0f rows/s (%.1f s)\n", n / c, c;
  printf "ratio import/\\copy: %.2f\n", c / i;
  printf "\\copy into a table with the foreign keys %.1f s, feed rows %.1f s, unlogged staging copy %.1f s: ceiling %.2f\n",
    f, d, g, c / (f + d + g);
  printf "re-import (all unchanged) %10.0f rows/s (%.1f s)\n", n / a, a }'
java_pid="$(pgrep -P "$backend_pid" java || echo "$backend_pid")"
grep -E 'VmHWM|VmRSS' "/proc/$java_pid/status" | tr -s ' ' | sed 's/^/backend /' || true
# the peak heap: the most the heap held when a collection started ("GC(n) Pause Young … 150M->30M(256M)")
grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$work/gc.log" | awk -F'M' '$1 > peak { peak = $1 }
  END { printf "backend peak heap: %d MB (before a collection, %d collections)\n", peak, NR }' || true
