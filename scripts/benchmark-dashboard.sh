#!/usr/bin/env bash
# National-scale benchmark of GET /api/v1/dashboard (not a test; not run by test.sh). See README "Reporting".
#
# Starts the packaged backend (backend/target/quarkus-app, built with ./mvnw package -DskipTests when missing or
# with --build) against a fresh embedded PostgreSQL in a temporary directory (or the database named by
# QUARKUS_DATASOURCE_JDBC_URL, which must be empty and reachable by psql with the same URL's host/port/user/db via
# PG* variables), with tokens verified by a throw-away RSA key instead of Keycloak. It then loads, with set-based
# SQL (scripts/benchmark/national-data.sql), the small reference dataset (1 province with its 98 communes), measures
# the dashboard for the nation, a province and a commune, loads the other 33 provinces (3,321 communes, ≈ 3.3 million
# values in all) and measures again. It prints p50/p95 latency and the SQL statements per request (org.hibernate.SQL
# records in the backend's log) for both datasets and the national/small ratio.
#
# Usage: scripts/benchmark-dashboard.sh [--build]   (REQUESTS=200 WARMUP=50 to change the counts; KEEP=1 keeps the
# temporary directory with the backend's log; SMALL_ONLY=1 stops after the small dataset)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
requests="${REQUESTS:-200}"
warmup="${WARMUP:-50}"
as_of=2026-01-10

source "$root/scripts/benchmark/backend.sh" "${1:-}"

load() {
  local from=$1 to=$2
  local t0=$SECONDS
  psql -q -v ON_ERROR_STOP=1 -1 -v from="$from" -v to="$to" -f "$root/scripts/benchmark/national-data.sql"
  psql -q -c "VACUUM ANALYZE"
  echo "loaded provinces $from–$to in $((SECONDS - t0)) s: $(psql -Atc "SELECT count(*) FROM indicator_value") values," \
    "$(psql -Atc "SELECT count(*) FROM admin_unit WHERE basis = 'benchmark'") communes," \
    "$(psql -Atc "SELECT count(*) FROM document") plans, $(psql -Atc "SELECT count(*) FROM target") targets," \
    "$(psql -Atc "SELECT count(*) FROM assignment") assignments, $(psql -Atc "SELECT count(*) FROM report") reports"
}

# the first province (in code order) and its first commune with a plan
province="$(psql -Atc "SELECT code FROM admin_unit WHERE level = 'PROVINCE' AND valid_from = DATE '2025-07-01' ORDER BY code LIMIT 1")"
measure() {
  local commune
  commune="$(psql -Atc "SELECT min(u.code) FROM admin_unit u JOIN document d ON d.unit_id = u.id WHERE u.parent_code = '$province'")"
  java "$root/scripts/benchmark/BenchmarkDashboard.java" "http://localhost:$http_port" "$work/key.der" \
    "$work/backend.log" "$1" "$as_of" "$warmup" "$requests" \
    nation:admin:- "province:viewer:$province" "commune:viewer:$commune" | tee -a "$work/results"
}

load 1 1
measure small
if [[ -n "${SMALL_ONLY:-}" ]]; then exit 0; fi
load 2 34
measure national

echo
echo "GET /api/v1/dashboard?asOf=$as_of — $requests requests after $warmup warm-up, per scenario"
awk '/^RESULT/ { key = $3; if ($2 == "small") { s50[key] = $4; s95[key] = $5; sn[key] = $6 } else { n50[key] = $4; n95[key] = $5; nn[key] = $6; order[++k] = key } }
     END { printf "%-9s %22s %26s %13s\n", "scenario", "small p50/p95 ms (SQL)", "national p50/p95 ms (SQL)", "p95 ratio";
           for (i = 1; i <= k; i++) { key = order[i];
             printf "%-9s %10.1f/%-6.1f (%2d) %12.1f/%-7.1f (%2d) %12.2f\n", key, s50[key], s95[key], sn[key], n50[key], n95[key], nn[key], n95[key] / s95[key] } }' "$work/results"
