#!/usr/bin/env bash
# Two backends on one database behind HAProxy (scripts/faults/haproxy.cfg): one is killed with -9 under load, and
#  - no idempotent request fails: READERS (default 4) loops of GETs by two users (an admin and a planner) all get 2xx,
#    the proxy retrying on the survivor what the dead one cut or refused (retries and redispatches printed);
#  - no user's session is lost: both users' tokens were answered by both replicas before the kill and by the survivor
#    after it (a token is verified by whichever backend gets it: no session state);
#  - every write acknowledged through the proxy is stored whole (WORKERS, default 2, report submitters; a bare POST cut
#    by the kill may fail and is counted, not retried: it could be written twice);
#  - the scheduled reminders run once: both replicas fire them together every 20 s; after past-due assignments are
#    made, the runs of both write one set of notifications (their log lines summed equal what the database holds,
#    one per assignment for the plan's planner), the other runs finding the advisory lock taken or nothing left to write.
# Prints PASS/FAIL lines; exits 1 on a failure. Needs haproxy (scripts/ensure-tools.sh faults).
set -euo pipefail
workers="${WORKERS:-2}"
readers="${READERS:-4}"
overdue=12
scenario=replicas
# both replicas fire the reminders at the same seconds of the clock; mails are logged, not sent
BACKEND_OPTS=("-Dchildplan.reminders.cron=0/20 * * * * ?" -Dquarkus.mailer.mock=true)
source "$(dirname "$0")/reports.sh"

report_slots
port_a=$http_port
pid_a=$backend_pid
http_port="$(free_port)"
BACKEND_OPTS+=("-Dquarkus.log.file.path=$work/backend-b.log")
start_backend
port_b=$http_port
proxy_port="$(free_port)"
stats_port="$(free_port)"
FAULTS_PROXY_PORT=$proxy_port FAULTS_BACKEND_A=$port_a FAULTS_BACKEND_B=$port_b FAULTS_STATS_PORT=$stats_port \
  haproxy -db -f "$(dirname "$0")/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
proxy="http://127.0.0.1:$proxy_port/api/v1"
stats() { curl -s "http://127.0.0.1:$stats_port/stats;csv" | awk -F, -v s="$1" -v c="$2" '$1 == "childplan" && $2 == s {print $c}'; }
server_is() { [[ "$(stats "$1" 18)" == "$2"* ]]; }
wait_for 30 server_is a UP && wait_for 30 server_is b UP || fail "HAProxy does not see both replicas UP"
echo "replicas a (port $port_a) and b (port $port_b) behind HAProxy on port $proxy_port"

# reminders: assignments one day past due on the province's current plans, and the province's planner signed in
province="$(sql "SELECT u.code FROM admin_unit u JOIN document d ON d.unit_id = u.id
  WHERE d.title LIKE 'Kế hoạch thử nghiệm %' AND u.level = 'PROVINCE' LIMIT 1")"
sql "UPDATE assignment SET due_on = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 1, status = 'IN_PROGRESS'
  WHERE id IN (SELECT a.id FROM assignment a JOIN task k ON k.id = a.task_id JOIN document d ON d.id = k.document_id
  JOIN admin_unit u ON u.id = d.unit_id WHERE u.code = '$province'
  AND d.period_to_year >= extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh') ORDER BY a.id LIMIT $overdue)" >/dev/null
planner="$(token planner "$province")"
curl -fsS -o /dev/null -H "Authorization: Bearer $planner" "$proxy/me"
seen_a=$(wc -l <"$work/backend.log")
seen_b=$(wc -l <"$work/backend-b.log")

reader() {
  local w=$1 user=$2 bearer=$3 path
  while [[ ! -e "$work/stop" ]]; do
    for path in me "reports?size=5" "reports?status=SUBMITTED&size=1"; do
      echo "$(date +%s%3N) $user $(curl -s -m 30 -o /dev/null -w '%{http_code} %header{x-served-by}' \
        -H "Authorization: Bearer $bearer" "$proxy/$path") $path" >>"$work/reads.$w"
    done
  done
}
reader_pids=()
for ((r = 0; r < readers; r++)); do
  if ((r % 2 == 0)); then reader "$r" admin "$token" & else reader "$r" planner "$planner" & fi
  reader_pids+=($!)
done
start_submitters "$workers" "$proxy"

runs() { tail -n +$((seen_a + 1)) "$work/backend.log" | grep -o 'Reminders of .*' | sed 's/^/a: /'
  tail -n +$((seen_b + 1)) "$work/backend-b.log" | grep -o 'Reminders of .*' | sed 's/^/b: /'; }
both_ran() { runs | cut -c1 | sort -u | paste -sd, - | grep -qx 'a,b'; }
served() { cat "$work"/reads.* | awk -v s="$1" '$4 == s' | wc -l; }
both_served() { (($(served a) >= 20 && $(served b) >= 20)); }
wait_for 60 both_ran || fail "the reminders did not fire on both replicas within 60 s"
wait_for 120 both_served || fail "reads served: a $(served a), b $(served b) after 120 s"
echo "reminder runs since the assignments fell due:"
runs | sed 's/^/  /'
written="$(runs | sed -E 's/.*, ([0-9]+) notifications.*/\1/' | paste -sd+ - | bc)"
stored="$(sql "SELECT count(*) FROM notification WHERE kind = 'ASSIGNMENT_OVERDUE'
  AND day = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date")"
expect "notifications written by all runs of both replicas, held by the database, expected" \
  "$written $stored" "$overdue $overdue"
expect "runs that wrote notifications" "$(runs | grep -cv ', 0 notifications')" 1

kill_ms=$(date +%s%3N)
kill -9 "$pid_a"
wait "$pid_a" 2>/dev/null || true
after_kill() { (($(cat "$work"/reads.* | awk -v t="$kill_ms" '$1 > t' | wc -l) >= 150)); }
before=$(acked submitted)
wait_for 60 server_is a DOWN || fail "HAProxy still sees replica a UP 60 s after its kill"
echo "killed replica a; HAProxy marked it DOWN after $(($(date +%s%3N) - kill_ms)) ms"
wait_for 120 after_kill || fail "fewer than 150 reads within 120 s of the kill"
wait_for 120 at_least submitted $((before + 5)) || fail "fewer than 5 submissions within 120 s of the kill"
stop_submitters
wait "${reader_pids[@]}" 2>/dev/null || true

reads() { cat "$work"/reads.* | awk -v t="$kill_ms" "$1"; }
echo "reads: $(reads 'END {print NR}') ($(reads '$1 <= t' | wc -l) before the kill: a $(reads '$1 <= t && $4 == "a"' |
  wc -l), b $(reads '$1 <= t && $4 == "b"' | wc -l); after it: a $(reads '$1 > t && $4 == "a"' | wc -l)," \
  "b $(reads '$1 > t && $4 == "b"' | wc -l)); HAProxy retries $(stats BACKEND 16), redispatches $(stats BACKEND 17)"
expect "reads (GET) not answered 2xx" "$(reads '$3 !~ /^2/' | wc -l)" 0
for user in admin planner; do
  expect "replicas that answered the $user's token before the kill, and after it" \
    "$(reads "\$2 == \"$user\" && \$1 <= t && \$3 ~ /^2/ {print \$4}" | sort -u | paste -sd, -); $(reads \
    "\$2 == \"$user\" && \$1 > t + 2000 && \$3 ~ /^2/ {print \$4}" | sort -u | paste -sd, -)" "a,b; b"
done
echo "submitter answers not 2xx (count step status code): $(cat "$work"/answers.* | awk '$3 !~ /^2/ {print $2, $3, $4}' |
  sort | uniq -c | sed 's/^ *//' | paste -sd, -)"
check_reports
finish replicas
