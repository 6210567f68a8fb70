#!/usr/bin/env bash
# kill -9 of the backend during a burst of report submissions: after the restart every write that was acknowledged
# (2xx) is stored as acknowledged, nothing is half-written (a report submitted without its figures or its move, a
# version without its audit row), and no job is left running. (kill -9 during a large import: scripts/crash-import.sh.)
#
# Starts the packaged backend on a PostgreSQL server of its own that outlives it (scripts/benchmark/backend.sh with
# SEPARATE_DB=1), loads province 1 of the benchmark's national data, runs WORKERS (default 4) submitters
# (scripts/faults/reports.sh) until KILL_AFTER (default 30) submissions are acknowledged, kills the JVM with -9 while
# they run, starts it again on the same database and checks with psql. Prints PASS/FAIL lines; exits 1 on a failure.
set -euo pipefail
workers="${WORKERS:-4}"
kill_after="${KILL_AFTER:-30}"
scenario=kill-submit
source "$(dirname "$0")/reports.sh"

report_slots
start_submitters "$workers" "$api"
if ! wait_for 300 at_least submitted "$kill_after"; then
  fail "only $(acked submitted) submissions acknowledged after 300 s"
fi
kill -9 "$backend_pid"
wait "$backend_pid" 2>/dev/null || true
echo "killed the backend (pid $backend_pid) after $(acked created) creations, $(acked saved) saves and" \
  "$(acked submitted) submissions acknowledged"
stop_submitters
in_flight=$(answers_with 000)

start_backend
check_reports
echo "requests without an answer (cut by the kill, or refused before the workers stopped): $in_flight;" \
  "other answers not 2xx: $(cat "$work"/answers.* | awk '$3 !~ /^(2|000)/' | wc -l)"
finish kill-submit
