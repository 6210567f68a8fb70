#!/usr/bin/env bash
# Benchmark of what one request costs (not a test; not run by test.sh). See README "Request cost".
#
# Starts a real Keycloak with the project's realm on a free port (scripts/keycloak.sh, its data in a temporary folder),
# then the packaged backend verifying that Keycloak's tokens on a fresh embedded PostgreSQL
# (scripts/benchmark/backend.sh), loads the national synthetic data (PROVINCES=N loads only the first N of the 34
# provinces, for a quick run) and measures, in one run, on the same data, each for DURATION seconds (default 10) after
# a 5-second warm-up of the same load:
#   - pgbench -M prepared: SELECT * FROM indicator_value WHERE id = :id, random ids, at 1 and 8 clients;
#   - wrk: GET /api/v1/indicator-values/{id}, random ids the reader may read (scripts/benchmark/requests.lua), with
#     READER's token (a user of the realm, default admin; password grant of childplan-cli) at 1 and 8 connections,
#     and the PostgreSQL transactions each of those reads cost (pg_stat_database of the backend's database);
#   - wrk: GET /api/v1/me with the admin's token and without a token (401), at 1 connection: the difference of their
#     times per request is what handling a token costs (the admin's token names no unit nor agency, so /me reads
#     nothing once the admin's profile is stored);
#   - wrk: GET /q/health/live at 1 and 8 connections, the floor of any answer of this HTTP server (no token, no
#     JAX-RS, no database), whose ratio to pgbench bounds what any endpoint here can reach.
# It prints requests/s, p50/p99 latency, the ratios to pgbench, the token's cost, the transactions per read and the
# load average (the machine is shared: the ratios, measured side by side, matter more than the rates).
#
# Usage: scripts/benchmark-requests.sh [--build]   (needs openssl, psql, pgbench, wrk, python3, curl, bc, unzip:
# scripts/ensure-tools.sh benchmarks; KEEP=1 keeps the temporary directory; BACKEND_OPTS adds -D/-X options)
set -euo pipefail
duration="${DURATION:-10}"
provinces="${PROVINCES:-34}"
reader="${READER:-admin}"
here="$(cd "$(dirname "$0")" && pwd)"

# Keycloak first, so that the backend finds its keys when it starts
kc_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
kc_data="$(mktemp -d /tmp/childplan-keycloak.XXXXXX)"
CHILDPLAN_KEYCLOAK_PORT="$kc_port" CHILDPLAN_KEYCLOAK_DATA_DIR="$kc_data" "$here/keycloak.sh" run \
  >"$kc_data/keycloak.log" 2>&1 &
kc_pid=$!
trap 'kill "$kc_pid" 2>/dev/null; wait "$kc_pid" 2>/dev/null || true; rm -rf "$kc_data"' EXIT
issuer="http://localhost:$kc_port/realms/childplan"
for _ in $(seq 1 240); do
  if curl -fs "$issuer/.well-known/openid-configuration" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$kc_pid" 2>/dev/null; then tail -30 "$kc_data/keycloak.log"; exit 1; fi
  sleep 1
done
curl -fs "$issuer/.well-known/openid-configuration" >/dev/null || { echo "Keycloak not ready after 240 s" >&2; exit 1; }
echo "Keycloak ready on port $kc_port"

# BACKEND_OPTS from the environment (e.g. a JFR recording), split into words, then the identity provider
read -r -a BACKEND_OPTS <<<"${BACKEND_OPTS:-}"
BACKEND_OPTS+=(-Dquarkus.oidc.auth-server-url="$issuer" -Dquarkus.oidc.public-key=)
source "$here/benchmark/backend.sh"
# backend.sh's cleanup stops the backend and the background jobs (Keycloak among them); then Keycloak's data goes
trap 'status=$?; (exit $status); cleanup; wait "$kc_pid" 2>/dev/null || true; rm -rf "$kc_data"; exit $status' EXIT

# an access token of a realm user (tokens live 5 minutes: one is asked for before each measurement)
access_token() {
  curl -fsS -d grant_type=password -d client_id=childplan-cli -d username="$1" -d password=demo \
    "$issuer/protocol/openid-connect/token" | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
}

load 1 "$provinces"
read -r min_id max_id < <(psql -AtF' ' -c "SELECT min(id), max(id) FROM indicator_value")

# random values the reader may read: a sample of every value, kept where the backend answers the reader 200 (its
# scope rule, not a copy of it)
reader_token="$(access_token "$reader")"
psql -Atc "SELECT 'url = http://localhost:$http_port/api/v1/indicator-values/' || id || E'\\noutput = /dev/null'
  FROM indicator_value ORDER BY random() LIMIT 3000" >"$work/sample"
curl -s -w '%{http_code} %{url_effective}\n' -H "Authorization: Bearer $reader_token" \
  --config "$work/sample" | awk '$1 == 200 { sub(".*/", "", $2); print $2 }' >"$work/ids"
echo "reader $reader: $(wc -l <"$work/ids") of 3000 sampled values readable"
[[ -s "$work/ids" ]] || { echo "no value readable by $reader in this data (PROVINCES too small?)" >&2; exit 1; }

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
# client threads (pgbench -j, wrk -t): one per connection up to the machine's cores, which the server needs too
threads() { local cores; cores="$(nproc)"; echo $(($1 < cores ? $1 : cores)); }

# pgbench CLIENTS: the reference, tps and p50/p99 from its per-transaction log
pgbench_run() {
  local clients=$1 out
  printf '\\set id random(:min, :max)\nSELECT * FROM indicator_value WHERE id = :id;\n' >"$work/select.sql"
  pgbench -n -M prepared -f "$work/select.sql" -D min="$min_id" -D max="$max_id" -c "$clients" \
    -j "$(threads "$clients")" -T 5 >/dev/null
  (cd "$work" && rm -f pgbench_log.* && pgbench -n -M prepared -f select.sql -D min="$min_id" -D max="$max_id" \
    -c "$clients" -j "$(threads "$clients")" -T "$duration" -l >"$work/pgbench.out" 2>&1)
  out="$(awk '{ print $3 / 1000 }' "$work"/pgbench_log.* | sort -n | awk '{ a[NR] = $1 } END {
    printf "p50_ms=%.3f p99_ms=%.3f", a[int(NR * 0.5) + 1], a[int(NR * 0.99) + 1] }')"
  printf 'RESULT pgbench-%s rate=%.0f %s load=%s\n' "$clients" \
    "$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$work/pgbench.out")" "$out" "$(loadavg | tr ' ' /)" \
    | tee -a "$work/results"
}

# wrk NAME CONNECTIONS URL [curl-style header...]: warm-up, then the measurement; prints and records the figures
wrk_run() {
  local name=$1 connections=$2 url=$3 line
  shift 3
  local headers=()
  for h in "$@"; do headers+=(-H "$h"); done
  local client=(wrk -t "$(threads "$connections")" -c "$connections" -s "$here/benchmark/requests.lua" "${headers[@]}")
  "${client[@]}" -d 5 "$url" >/dev/null
  line="$("${client[@]}" -d "$duration" "$url" | grep '^WRK ')"
  read -r _ requests duration_s non2xx socket_errors p50 p99 <<<"$line"
  printf 'RESULT %s rate=%.0f %s %s %s %s %s load=%s\n' "$name" \
    "$(echo "${requests#requests=} / ${duration_s#duration_s=}" | bc -l)" "$p50" "$p99" "$requests" "$non2xx" \
    "$socket_errors" "$(loadavg | tr ' ' /)" | tee -a "$work/results"
}

# transactions committed or rolled back in the backend's database so far, once every connection has reported its
# counts (PostgreSQL does so when a connection has been idle for 10 s at the latest); asked from another database, so
# that asking adds none
xacts() {
  sleep 11
  psql -d template1 -Atc "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = '$PGDATABASE'"
}

echo "load average before: $(loadavg)"
pgbench_run 1
pgbench_run 8

export IDS="$work/ids"
reader_token="$(access_token "$reader")"
wrk_run value-1 1 "http://localhost:$http_port" "Authorization: Bearer $reader_token"
# the transactions of 1,000 reads, one after the other through one connection
awk -v api="http://localhost:$http_port/api/v1/indicator-values/" '{ id[NR] = $1 } END {
  for (i = 0; i < 1000; i++) printf "url = %s%s\noutput = /dev/null\n", api, id[i % NR + 1] }' "$work/ids" \
  >"$work/reads"
before="$(xacts)"
curl -s -H "Authorization: Bearer $reader_token" --config "$work/reads"
after="$(xacts)"
xacts_per_read="$(echo "scale=2; ($after - $before) / 1000" | bc)"
echo "RESULT transactions-per-read $xacts_per_read (1,000 reads)" | tee -a "$work/results"
reader_token="$(access_token "$reader")"
wrk_run value-8 8 "http://localhost:$http_port" "Authorization: Bearer $reader_token"
unset IDS

admin_token="$(access_token admin)"
wrk_run me-token 1 "http://localhost:$http_port/api/v1/me" "Authorization: Bearer $admin_token"
wrk_run me-401 1 "http://localhost:$http_port/api/v1/me"
# the floor of any answer of this HTTP server: a small JSON document with no token, no JAX-RS and no database
wrk_run floor-1 1 "http://localhost:$http_port/q/health/live"
wrk_run floor-8 8 "http://localhost:$http_port/q/health/live"

rate() { awk -v n="$1" '$2 == n { sub("rate=", "", $3); print $3 }' "$work/results"; }
field() {
  awk -v n="$1" -v f="$2" '$2 == n { for (i = 3; i <= NF; i++) if (index($i, f "=") == 1) print substr($i, length(f) + 2) }' \
    "$work/results"
}

echo
echo "Request cost ($(field value-1 requests) + $(field value-8 requests) value reads as $reader," \
  "$(psql -Atc "SELECT count(*) FROM indicator_value") values, DURATION=$duration s, load average now $(loadavg))"
printf '%-34s %9s %9s %9s %s\n' "" "req/s" "p50 ms" "p99 ms" "load during"
for n in pgbench-1 pgbench-8 value-1 value-8 me-token me-401 floor-1 floor-8; do
  printf '%-34s %9s %9s %9s %s\n' "$n" "$(rate "$n")" "$(field "$n" p50_ms)" "$(field "$n" p99_ms)" "$(field "$n" load)"
done
for n in value-1 value-8 me-token floor-1 floor-8; do
  if [[ "$(field "$n" non2xx)" != 0 || "$(field "$n" socket_errors)" != 0 ]]; then
    echo "WARNING: $n had $(field "$n" non2xx) answers other than 2xx and $(field "$n" socket_errors) socket errors"
  fi
done
[[ "$(field me-401 non2xx)" == "$(field me-401 requests)" ]] \
  || echo "WARNING: not every request without a token got 401"
python3 - "$(rate value-1)" "$(rate pgbench-1)" "$(rate value-8)" "$(rate pgbench-8)" "$(rate me-token)" \
  "$(rate me-401)" "$xacts_per_read" "$(rate floor-1)" "$(rate floor-8)" <<'EOF'
import sys
v1, p1, v8, p8, me, anon, xacts, f1, f8 = map(float, sys.argv[1:])
print(f"value read / pgbench, 1 client:   {v1 / p1:.3f}   (target >= 0.35; the HTTP floor's own ratio: {f1 / p1:.3f})")
print(f"value read / pgbench, 8 clients:  {v8 / p8:.3f}   (target >= 0.35; the HTTP floor's own ratio: {f8 / p8:.3f})")
print(f"token handling per request:       {(1 / me - 1 / anon) * 1000:.3f} ms   (target < 0.2 ms)")
print(f"transactions per value read:      {xacts:.2f}   (target 1)")
EOF
