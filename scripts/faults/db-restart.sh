#!/usr/bin/env bash
# PostgreSQL stopped and started again under a burst of report submissions, the backend left running: meanwhile
# every answer is 503 problem+json DATABASE_UNAVAILABLE with Retry-After (never a 500, never a stack trace) and
# readiness (/q/health/ready) is DOWN; the backend serves again by itself within 5 s of the database accepting
# connections (printed: the time from the first connection psql gets to the first 2xx), readiness is UP again, and
# every write acknowledged before, during and after is stored (scripts/faults/reports.sh's checks).
#
# Like kill-submit.sh: the packaged backend on a PostgreSQL server of its own (SEPARATE_DB=1), province 1 of the
# benchmark's data, WORKERS (default 4) submitters. The database is stopped (pg_ctl stop -m fast, which ends the open
# sessions, as an operator's restart or a fail-over does) once 10 submissions are acknowledged and kept away until
# the submitters got OUTAGE_ANSWERS (default 20) answers. Prints PASS/FAIL lines; exits 1 on a failure.
set -euo pipefail
workers="${WORKERS:-4}"
outage_answers="${OUTAGE_ANSWERS:-20}"
scenario=db-restart
source "$(dirname "$0")/reports.sh"
pg_ctl() { "$root/scripts/as-nonroot.sh" "$work/pg/bin/pg_ctl" "$@" -D "$work/postgres"; }
answered_since() { cat "$work"/answers.* | awk -v t="$1" '$1 >= t' | wc -l; }
ready_is() { [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$http_port/q/health/ready")" == "$1" ]]; }
more_answers() { (($(answered_since "$down_ms") >= outage_answers)); }

report_slots
start_submitters "$workers" "$api"
wait_for 300 at_least submitted 10 || fail "only $(acked submitted) submissions acknowledged after 300 s"
before=$(acked submitted)

down_ms=$(date +%s%3N)
pg_ctl stop -m fast >/dev/null
echo "stopped PostgreSQL after $before submissions acknowledged"
if wait_for 60 ready_is 503; then pass "readiness DOWN while the database is away"; else fail "readiness still UP"; fi
curl -sS -D "$work/probe.headers" -o "$work/probe.json" -H "Authorization: Bearer $token" "$api/reports?size=1" || true
expect "a request meanwhile" "$(head -1 "$work/probe.headers" | cut -d' ' -f2) $(jq -r .code "$work/probe.json") \
$(grep -i '^retry-after:' "$work/probe.headers" | tr -d '\r' | cut -d' ' -f2) \
$(grep -i '^content-type:' "$work/probe.headers" | tr -d '\r' | cut -d' ' -f2)" \
  "503 DATABASE_UNAVAILABLE 5 application/problem+json"
wait_for 120 more_answers || fail "the submitters got only $(answered_since "$down_ms") answers in 120 s"

pg_ctl start -l "$work/postgres.log" \
  -o "-p $db_port -c listen_addresses=localhost -c unix_socket_directories=$work" >/dev/null
up_ms=""
ok_ms=""
deadline=$((SECONDS + 120))
while [[ -z "$ok_ms" ]] && ((SECONDS < deadline)); do
  if [[ -z "$up_ms" ]] && psql -X -qAt -c "SELECT 1" >/dev/null 2>&1; then up_ms=$(date +%s%3N); fi
  if [[ -n "$up_ms" && "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" \
    "$api/reports?size=1")" == 200 ]]; then
    ok_ms=$(date +%s%3N)
  fi
  sleep 0.05
done
if [[ -z "$ok_ms" ]]; then
  fail "no 2xx 120 s after PostgreSQL was started again"
else
  recovery=$(printf '%.2f' "$(echo "scale=3; ($ok_ms - $up_ms) / 1000" | bc)")
  echo "database away $(printf '%.1f' "$(echo "scale=3; ($up_ms - $down_ms) / 1000" | bc)") s;" \
    "$(answered_since "$down_ms") answers" \
    "from the stop to the first 2xx"
  if (($(echo "$recovery < 5" | bc))); then
    pass "first 2xx $recovery s after PostgreSQL accepted connections again (limit 5 s, no backend restart)"
  else
    fail "first 2xx only $recovery s after PostgreSQL accepted connections again (limit 5 s)"
  fi
fi
if wait_for 30 ready_is 200; then pass "readiness UP again"; else fail "readiness still DOWN 30 s after"; fi
wait_for 300 at_least submitted $((before + 10)) || fail "no 10 more submissions within 300 s of the recovery"
stop_submitters

# every answer in the outage that was not a 2xx: 503 DATABASE_UNAVAILABLE, and never a 500 anywhere in the run
outage="$(cat "$work"/answers.* | awk -v a="$down_ms" -v b="$ok_ms" '$1 >= a && $1 <= b && $3 !~ /^2/' |
  awk '{print $3, $4}' | sort | uniq -c | sed 's/^ *//' | paste -sd, -)"
echo "answers not 2xx during the outage (count status code): $outage"
expect "answers during the outage other than 503 DATABASE_UNAVAILABLE" "$(cat "$work"/answers.* |
  awk -v a="$down_ms" -v b="$ok_ms" '$1 >= a && $1 <= b && $3 !~ /^2/ && !($3 == 503 && $4 == "DATABASE_UNAVAILABLE")' |
  wc -l)" 0
expect "answers 500 in the whole run" "$(answers_with 500)" 0
expect "stack traces in the backend's answers" "$(grep -l 'Exception\|\bat org\.' "$work"/body.* 2>/dev/null | wc -l)" 0
check_reports
finish db-restart
