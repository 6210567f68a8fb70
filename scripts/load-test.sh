#!/usr/bin/env bash
# The deadline morning of one large province, as a load test (a script to run by hand, not part of ./test.sh):
# USERS officers (default 500) opening My work, starting, saving and submitting their agencies' yearly reports with
# figures, PLANNERS planners (default 30) opening the dashboard, the consolidation and the late list, and one machine
# client importing values as a job every IMPORT_EVERY seconds, for DURATION seconds (default 600), all with real
# Keycloak tokens, driven by Gatling (scripts/load/, its own Maven module). Then it checks that every submission the
# API acknowledged is SUBMITTED or ACCEPTED in the database, and prints p50/p95/p99 overall and per endpoint (slowest
# first), the errors by status and problem code, the throughput and the machine's load while it ran.
#
#   scripts/load-test.sh [--build]
#
# The system under test is ./run.sh's: by default this script starts it the same way in a temporary directory of its
# own, on free ports (a fresh Keycloak importing the realm, the backend packaged with the local profile — ./run.sh's
# build — with a fresh embedded PostgreSQL holding the demo data), and stops it at the end. To load a ./run.sh that
# is already running instead, name it:
#   API_URL=http://localhost:8080 OIDC_URL=http://localhost:8180/realms/childplan scripts/load-test.sh
# (the database through PGHOST/PGPORT/PGUSER/PGPASSWORD, default ./run.sh's embedded one: localhost:54329,
# postgres/postgres; Keycloak's administrator through KEYCLOAK_ADMIN/KEYCLOAK_ADMIN_PASSWORD, default admin/admin).
# Each run adds its own plans there (the agencies, communes and users are created once), so the first run on a fresh
# system is the reference.
#
# The data (scripts/load/province.sql): the province PROVINCE (default 40, Nghệ An) with COMMUNES synthetic communes
# (130), USERS/OFFICERS_PER_AGENCY agencies (500/4 = 125), PLANS plans (24) each assigning every agency a task, and
# a yearly report regime due today: 125 × 24 = 3,000 reports owed this morning, half of them already started as
# drafts. Officer j of an agency (load.officer.<agency>.<j>, password "load") reports on the plans k with
# k mod OFFICERS_PER_AGENCY = j; planners are load.planner.<k>. RAMP (default 120) seconds spread the arrivals (and
# the logins). Before the run, WARMUP_ROUNDS (default 100) rounds of the pages' reads by one officer and one planner
# warm the JVM up (not measured; 0 skips them), as a server on a deadline morning has long been running.
#
# The report is kept in .data/load-test/<UTC time>/ (git-ignored): summary.txt and summary.json (the figures),
# submitted.txt (the acknowledged submissions), loadavg.txt, what the database did (commits per request, deadlocks,
# the tables read most by sequential scans), Gatling's HTML report in gatling/, and the servers'
# logs when this script started them. Exit status 0 when the targets hold: p95 < 300 ms over the API, no error, no
# lost submission.
#
# Needs: Java 17 (the backend's Maven wrapper fetches Gatling once), psql, python3, curl.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
USERS="${USERS:-500}"
PLANNERS="${PLANNERS:-30}"
DURATION="${DURATION:-600}"
RAMP="${RAMP:-120}"
IMPORT_EVERY="${IMPORT_EVERY:-60}"
PROVINCE="${PROVINCE:-40}"
COMMUNES="${COMMUNES:-130}"
PLANS="${PLANS:-24}"
OFFICERS_PER_AGENCY="${OFFICERS_PER_AGENCY:-4}"
WARMUP_ROUNDS="${WARMUP_ROUNDS:-100}"
P95_TARGET_MS=300
PASSWORD=load # the load test's users, local only
CLIENT_SECRET="${CLIENT_SECRET:-childplan-integration-demo-secret}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
OUT="$ROOT/.data/load-test/$(date -u +%Y%m%dT%H%M%SZ)"
RUN_TAG="$(date -u +%H%M%S)"
AGENCIES=$(((USERS + OFFICERS_PER_AGENCY - 1) / OFFICERS_PER_AGENCY))
mkdir -p "$OUT"

"$ROOT/scripts/ensure-tools.sh" load

KEYCLOAK_PID="" # kc.sh, leader of its own process group (setsid)
BACKEND_PID=""
SAMPLER_PID=""
WORK=""
stop_all() {
  local rc=$?
  set +e
  [[ -n "$SAMPLER_PID" ]] && kill "$SAMPLER_PID" 2>/dev/null
  if [[ -n "$BACKEND_PID" ]] && kill -TERM "$BACKEND_PID" 2>/dev/null; then
    wait_gone "$BACKEND_PID" || kill -KILL "$BACKEND_PID" 2>/dev/null
  fi
  if [[ -n "$KEYCLOAK_PID" ]] && kill -TERM -- "-$KEYCLOAK_PID" 2>/dev/null; then
    wait_gone "-$KEYCLOAK_PID" || kill -KILL -- "-$KEYCLOAK_PID" 2>/dev/null
  fi
  wait 2>/dev/null
  if [[ -n "$WORK" ]]; then
    cp -f "$WORK"/*.log "$OUT/" 2>/dev/null
    rm -rf "$WORK"
  fi
  exit "$rc"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

source "$ROOT/scripts/servers.sh"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# CPU seconds (user + system) used so far by the processes of a process group, or by one process (as -PID / PID).
cpu_seconds() {
  local target="$1" total=0 stat fields
  for stat in /proc/[0-9]*/stat; do
    fields="$(cat "$stat" 2>/dev/null)" || continue
    fields="${fields##*) }" # state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
    read -r -a f <<<"$fields"
    if [[ "$target" == -* && "${f[2]}" == "${target#-}" ]] || [[ "$stat" == "/proc/$target/stat" ]]; then
      total=$((total + f[11] + f[12]))
    fi
  done
  echo $((total / $(getconf CLK_TCK)))
}

if [[ -n "${API_URL:-}" ]]; then
  OIDC_URL="${OIDC_URL:-http://localhost:8180/realms/childplan}"
  export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-54329}" PGUSER="${PGUSER:-postgres}" \
    PGPASSWORD="${PGPASSWORD:-postgres}" PGDATABASE="${PGDATABASE:-postgres}"
  echo "load-test: loading the system at $API_URL (identity provider $OIDC_URL, database $PGHOST:$PGPORT)"
else
  if [[ "${1:-}" == "--build" || ! -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ]]; then
    echo "load-test: building the backend as ./run.sh does (local profile)..."
    (cd "$ROOT/backend" && "$ROOT/scripts/as-nonroot.sh" ./mvnw -B -q package -DskipTests -Dquarkus.profile=local)
  fi
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/childplan-load.XXXXXX")"
  chmod 777 "$WORK"
  api_port="$(free_port)"
  kc_port="$(free_port)"
  db_port="$(free_port)"
  API_URL="http://localhost:$api_port"
  OIDC_URL="http://localhost:$kc_port/realms/childplan"
  echo "load-test: starting Keycloak on $kc_port (fresh realm import)..."
  CHILDPLAN_KEYCLOAK_PORT="$kc_port" CHILDPLAN_KEYCLOAK_DATA_DIR="$WORK/keycloak" \
    setsid "$ROOT/scripts/keycloak.sh" run >"$WORK/keycloak.log" 2>&1 </dev/null &
  KEYCLOAK_PID=$!
  ready Keycloak "$OIDC_URL/.well-known/openid-configuration" "$KEYCLOAK_PID" "$WORK/keycloak.log"
  echo "load-test: starting the backend on $API_URL (fresh embedded PostgreSQL with the demo data)..."
  CHILDPLAN_OIDC_URL="$OIDC_URL" CHILDPLAN_DB_DIR="$WORK/postgres" CHILDPLAN_DB_PORT="$db_port" \
    "$ROOT/scripts/as-nonroot.sh" "$JAVA" -Dquarkus.profile=local -Dquarkus.http.port="$api_port" \
    -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar" >"$WORK/backend.log" 2>&1 </dev/null &
  BACKEND_PID=$!
  ready backend "$API_URL/q/health/ready" "$BACKEND_PID" "$WORK/backend.log"
  export PGHOST=localhost PGPORT="$db_port" PGUSER=postgres PGPASSWORD=postgres PGDATABASE=postgres
fi
TOKEN_URL="$OIDC_URL/protocol/openid-connect/token"
KEYCLOAK_URL="${OIDC_URL%/realms/*}"
REALM="${OIDC_URL##*/realms/}"

# ---- the province's data -------------------------------------------------------------------------------------------
t0=$SECONDS
psql -q -v ON_ERROR_STOP=1 -1 -v province="$PROVINCE" -v communes="$COMMUNES" -v agencies="$AGENCIES" \
  -v plans="$PLANS" -v run="$RUN_TAG" -f "$ROOT/scripts/load/province.sql"
psql -q -c "VACUUM ANALYZE"
PLAN_IDS="$(psql -Atc "SELECT string_agg(id::text, ',' ORDER BY id) FROM document
                       WHERE title LIKE 'Kế hoạch tải thử $RUN_TAG số %'")"
PROVINCE_ID="$(psql -Atc "SELECT id FROM admin_unit WHERE level = 'PROVINCE' AND code = '$PROVINCE'
                          AND valid_from = DATE '2025-07-01' AND valid_to IS NULL")"
read -r TODAY YEAR < <(psql -Atc "SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
                                         extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')" | tr '|' ' ')
echo "load-test: province $PROVINCE: $COMMUNES communes, $AGENCIES agencies, $PLANS plans (run $RUN_TAG)," \
  "$(psql -Atc "SELECT count(*) FROM report r JOIN document d ON d.id = r.document_id
                WHERE d.title LIKE 'Kế hoạch tải thử $RUN_TAG %' AND r.period_code = '$YEAR'") drafts of $YEAR," \
  "deadline $TODAY; $((SECONDS - t0)) s"

# ---- the users, with the realm's attributes and roles (Keycloak's partial import; existing ones are kept) ----------
python3 - "$OUT" "$USERS" "$PLANNERS" "$OFFICERS_PER_AGENCY" "$PROVINCE" "$PASSWORD" "$PLAN_IDS" <<'EOF'
import json, sys
out, users, planners, per_agency, province, password, plans = sys.argv[1:]
users, planners, per_agency, plans = int(users), int(planners), int(per_agency), plans.split(',')
def user(name, role, attributes):
    return {"username": name, "enabled": True, "emailVerified": True, "firstName": name.split('.')[-1],
            "lastName": "Tải thử", "email": name + "@load.childplan.example", "attributes": attributes,
            "credentials": [{"type": "password", "value": password, "temporary": False}],
            "realmRoles": ["default-roles-childplan", role]}
realm, officer_lines, planner_lines = [], [], []
for i in range(users):
    agency, j = i // per_agency + 1, i % per_agency
    name = f"load.officer.{agency}.{j}"
    realm.append(user(name, "officer", {"unit_code": [province], "agency_code": [f"LOAD-{agency}"]}))
    officer_lines.append(name + "," + " ".join(p for k, p in enumerate(plans) if k % per_agency == j))
for k in range(1, planners + 1):
    name = f"load.planner.{k}"
    realm.append(user(name, "planner", {"unit_code": [province]}))
    planner_lines.append(name)
json.dump({"ifResourceExists": "SKIP", "users": realm}, open(out + "/users.json", "w"))
open(out + "/officers.csv", "w").write("\n".join(officer_lines) + "\n")
open(out + "/planners.csv", "w").write("\n".join(planner_lines) + "\n")
EOF
t0=$SECONDS
admin_token="$(curl -fsS -d grant_type=password -d client_id=admin-cli \
  -d "username=${KEYCLOAK_ADMIN:-admin}" -d "password=${KEYCLOAK_ADMIN_PASSWORD:-admin}" \
  "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')"
curl -fsS -o "$OUT/users-import.json" -H "Authorization: Bearer $admin_token" -H "Content-Type: application/json" \
  --data-binary @"$OUT/users.json" "$KEYCLOAK_URL/admin/realms/$REALM/partialImport"
rm -f "$OUT/users.json" # it holds the users' password
echo "load-test: $USERS officers and $PLANNERS planners in the realm" \
  "($(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["added"], "added,", d["skipped"], "kept")' \
  "$OUT/users-import.json")); $((SECONDS - t0)) s"

# ---- warm-up: a server on a deadline morning has run for days; a JVM just started compiles its code first ----------
token_of() {
  curl -fsS -d grant_type=password -d client_id=childplan-cli -d "username=$1" -d "password=$PASSWORD" "$TOKEN_URL" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
if ((WARMUP_ROUNDS > 0)); then
  t0=$SECONDS
  planner_token="$(token_of load.planner.1)"
  officer_token="$(token_of load.officer.1.0)"
  agency_id="$(psql -Atc "SELECT id FROM agency WHERE code = 'LOAD-1'")"
  first_plan="${PLAN_IDS%%,*}"
  for ((i = 0; i < WARMUP_ROUNDS; i++)); do
    for path in "me" "notifications/unread-count" "assignments?agencyId=$agency_id&size=100&sort=dueOn" \
      "reports?agencyId=$agency_id&size=100" "plans/$first_plan/progress" \
      "admin-units?parentCode=$PROVINCE&validOn=$YEAR-12-31&size=100&sort=name"; do
      curl -fsS -o /dev/null -H "Authorization: Bearer $officer_token" "$API_URL/api/v1/$path"
    done
    for path in "dashboard?unitId=$PROVINCE_ID" "plans/$first_plan/consolidation?periodCode=$YEAR" \
      "late-reports?asOf=$TODAY"; do
      curl -fsS -o /dev/null -H "Authorization: Bearer $planner_token" "$API_URL/api/v1/$path"
    done
  done
  echo "load-test: warmed up with $WARMUP_ROUNDS rounds of the pages' reads; $((SECONDS - t0)) s"
fi

# What the database did meanwhile (PostgreSQL's cumulative statistics, before and after): transactions per API
# request, deadlocks, and the tables read most by sequential scans (a missing index shows there first).
db_stats() {
  psql -AtF' ' -c "SELECT 'db', xact_commit, xact_rollback, deadlocks, temp_files FROM pg_stat_database
                   WHERE datname = current_database()
                   UNION ALL SELECT relname, seq_scan, seq_tup_read, coalesce(idx_scan, 0), 0 FROM pg_stat_user_tables"
}

# ---- the run ---------------------------------------------------------------------------------------------------------
(while sleep 10; do echo "$(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)"; done) >"$OUT/loadavg.txt" &
SAMPLER_PID=$!
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
db_stats >"$OUT/db-before.txt"
if [[ -n "$BACKEND_PID" ]]; then
  backend_cpu0="$(cpu_seconds "$BACKEND_PID")"
  keycloak_cpu0="$(cpu_seconds "-$KEYCLOAK_PID")"
fi
echo "load-test: $USERS officers, $PLANNERS planners and a machine client for $DURATION s (ramp $RAMP s);" \
  "load average before: $load_before"
rc=0
LOAD_API="$API_URL" LOAD_TOKEN_URL="$TOKEN_URL" LOAD_PASSWORD="$PASSWORD" LOAD_CLIENT_SECRET="$CLIENT_SECRET" \
  LOAD_DURATION="$DURATION" LOAD_RAMP="$RAMP" LOAD_IMPORT_EVERY="$IMPORT_EVERY" LOAD_YEAR="$YEAR" \
  LOAD_TODAY="$TODAY" LOAD_PROVINCE_ID="$PROVINCE_ID" LOAD_PROVINCE_CODE="$PROVINCE" LOAD_COMMUNES="$COMMUNES" \
  LOAD_PLAN_IDS="$PLAN_IDS" LOAD_OUT="$OUT" LOAD_OFFICERS="$OUT/officers.csv" LOAD_PLANNERS="$OUT/planners.csv" \
  "$ROOT/backend/mvnw" -B -q -f "$ROOT/scripts/load/pom.xml" gatling:test -Dgatling.resultsFolder="$OUT/gatling" \
  >"$OUT/gatling.log" 2>&1 || rc=$?
kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""
if [[ ! -f "$OUT/summary.txt" ]]; then
  echo "load-test: Gatling ended without a summary (exit $rc); its output:" >&2
  tail -n 40 "$OUT/gatling.log" >&2
  exit 1
fi
db_stats >"$OUT/db-after.txt"
python3 - "$OUT" >>"$OUT/summary.txt" <<'PY'
import json, sys
out = sys.argv[1]
def read(name):
    return {f[0]: [int(x) for x in f[1:]] for f in (l.split() for l in open(f"{out}/{name}")) if f}
before, after = read("db-before.txt"), read("db-after.txt")
d = {k: [a - b for a, b in zip(v, before.get(k, [0] * len(v)))] for k, v in after.items()}
requests = json.load(open(f"{out}/summary.json"))["api"]["requests"]
commits, rollbacks, deadlocks, temp = d.pop("db")
print(f"database: {commits} commits ({commits / max(requests, 1):.1f} per API request), {rollbacks} rollbacks, "
      f"{deadlocks} deadlocks, {temp} temporary files")
scans = sorted(((v[1], v[0], k) for k, v in d.items() if v[1] > 0), reverse=True)[:5]
print("most rows read by sequential scans: " + (", ".join(f"{t} {rows:,} rows in {n:,} scans" for rows, n, t in scans) or "none"))
PY

# ---- lost submissions: every acknowledged one must be in the database, SUBMITTED or ACCEPTED ----------------------
acknowledged="$(grep -c . "$OUT/submitted.txt" || true)"
found="$(psql -Atc "SELECT count(*) FROM report WHERE status IN ('SUBMITTED', 'ACCEPTED')
                    AND id = ANY ('{$(paste -sd, "$OUT/submitted.txt")}'::bigint[])")"
lost=$((acknowledged - found))
submitted_in_db="$(psql -Atc "SELECT count(*) FROM report r JOIN document d ON d.id = r.document_id
                              WHERE d.title LIKE 'Kế hoạch tải thử $RUN_TAG %' AND r.period_code = '$YEAR'
                              AND r.status IN ('SUBMITTED', 'ACCEPTED')")"

{
  echo
  echo "lost submissions: $lost (acknowledged $acknowledged, found SUBMITTED or ACCEPTED $found; the database holds" \
    "$submitted_in_db submitted reports of this run's plans)"
  echo "load average (1, 5, 15 min): before $load_before; during, 1-min: $(awk '{print $2}' "$OUT/loadavg.txt" |
    sort -n | awk '{a[NR]=$1; s+=$1} END {if (NR) printf "min %s, mean %.2f, max %s", a[1], s/NR, a[NR]}'); $(nproc) cores"
  if [[ -n "$BACKEND_PID" ]]; then
    echo "CPU used during the run: backend $(($(cpu_seconds "$BACKEND_PID") - backend_cpu0)) s," \
      "Keycloak $(($(cpu_seconds "-$KEYCLOAK_PID") - keycloak_cpu0)) s (of $((DURATION * $(nproc))) core-seconds)"
  fi
} >>"$OUT/summary.txt"

cat "$OUT/summary.txt"
p95="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["api"]["p95"])' "$OUT/summary.json")"
errors="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["errorCount"])' "$OUT/summary.json")"
verdict=PASS
if ((p95 >= P95_TARGET_MS || errors > 0 || lost > 0)); then verdict=FAIL; fi
echo "load-test: $verdict (API p95 $p95 ms, target < $P95_TARGET_MS; errors $errors; lost submissions $lost)"
echo "load-test: report in $OUT (summary.txt, summary.json, gatling/*/index.html)"
[[ "$verdict" == PASS ]]
