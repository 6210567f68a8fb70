#!/usr/bin/env bash
# The planners' calls of the load test's deadline morning, one at a time (not a test; not run by test.sh). See README
# "Load test".
#
# Starts the packaged backend as the other benchmarks do (scripts/benchmark/backend.sh; BACKEND_JAR names another
# build of it, e.g. a copy of main's, to compare in one session), loads the load test's province
# (scripts/load/province.sql: 125 agencies, 24 plans per run, RUNS runs as repeated load tests leave them, default 3)
# and times, as a planner of the province, GET /api/v1/late-reports?asOf=today, /dashboard?unitId=province and
# /plans/{id}/consolidation, against a reference measured in the same run (GET /api/v1/agencies, a plain page of a
# list). It prints p50/p95 per call and each call's p50 over the reference's, so runs under different machine load
# compare by ratio.
#
# Usage: scripts/benchmark-late-reports.sh [--build]   (REQUESTS=30 WARMUP=10 RUNS=3; KEEP=1 keeps the temporary
# directory with the backend's log)
set -euo pipefail
requests="${REQUESTS:-30}"
warmup="${WARMUP:-10}"
runs="${RUNS:-3}"
province=40
source "$(dirname "$0")/benchmark/backend.sh"

for run in $(seq 1 "$runs"); do
  psql -q -v ON_ERROR_STOP=1 -1 -v province="$province" -v communes=130 -v agencies=125 -v plans=24 \
    -v run="bench$run" -f "$root/scripts/load/province.sql"
done
psql -q -c "VACUUM ANALYZE"
province_id="$(psql -Atc "SELECT id FROM admin_unit WHERE level = 'PROVINCE' AND code = '$province'
                          AND valid_from = DATE '2025-07-01' AND valid_to IS NULL")"
plan_id="$(psql -Atc "SELECT min(id) FROM document WHERE title LIKE 'Kế hoạch tải thử %'")"
read -r today year < <(psql -Atc "SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
                                         extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')" | tr '|' ' ')
echo "loaded: $(psql -Atc "SELECT count(*) FROM document") plans, $(psql -Atc "SELECT count(*) FROM agency") agencies," \
  "$(psql -Atc "SELECT count(*) FROM report") reports; load $(cut -d' ' -f1-3 /proc/loadavg)"
bearer="Authorization: Bearer $(token planner "$province")"

# prints "p50 p95" in ms of REQUESTS calls of a path after WARMUP calls; every answer must be 200
measure() {
  local path=$1 i code
  for i in $(seq 1 "$warmup"); do curl -fs -o /dev/null -H "$bearer" "http://localhost:$http_port$path"; done
  for i in $(seq 1 "$requests"); do
    read -r code seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "$bearer" \
      "http://localhost:$http_port$path")
    if [[ "$code" != 200 ]]; then echo "GET $path answered $code" >&2; exit 1; fi
    echo "$seconds"
  done | sort -n | awk '{ms[NR] = $1 * 1000} END {printf "%.1f %.1f\n", ms[int((NR + 1) / 2)], ms[int(NR * 0.95 + 0.5)]}'
}

read -r ref50 ref95 < <(measure "/api/v1/agencies?size=20")
printf '%-40s p50 %8.1f ms  p95 %8.1f ms\n' "reference /agencies" "$ref50" "$ref95"
for path in "/api/v1/late-reports?asOf=$today" "/api/v1/dashboard?unitId=$province_id" \
  "/api/v1/plans/$plan_id/consolidation?periodCode=$year"; do
  read -r p50 p95 < <(measure "$path")
  printf '%-40s p50 %8.1f ms  p95 %8.1f ms  p50/reference %6.1f\n' "${path%%\?*}" "$p50" "$p95" \
    "$(awk -v a="$p50" -v b="$ref50" 'BEGIN {print a / b}')"
done
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
