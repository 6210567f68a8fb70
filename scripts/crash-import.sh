#!/usr/bin/env bash
# Proof that kill -9 of the backend in the middle of an import job leaves all or none of its rows, and that the job
# then reads FAILED (IMPORT_INTERRUPTED) — never RUNNING for ever. Not a test of test.sh: it kills a JVM. See README
# "Imports".
#
# Starts the packaged backend on a PostgreSQL server of its own that outlives it (scripts/benchmark/backend.sh with
# SEPARATE_DB=1), writes a CSV of ROWS values (default 300,000; scripts/benchmark/values.sh) and, twice:
#   read   submits it as a job (with an Idempotency-Key), waits until the job's GET shows rows read and none
#          checked while the database shows the COPY into the staging table running, and kills the JVM with -9;
#   write  the same with another file, waiting until the job's GET shows the rows checked while the database shows
#          the one INSERT … ON CONFLICT into indicator_value running;
# then starts the backend again on the same database, waits until the job is no longer QUEUED or RUNNING, and checks
# with psql: the file's values stored (and their change-feed entries) are 0 or all; the job is FAILED with
# IMPORT_INTERRUPTED (or SUCCEEDED with all rows, had the commit got through); no database session of the killed
# backend and no advisory lock of its runner is left; its spooled copy of the file is gone; and a re-submission of
# the same file with the same Idempotency-Key runs as a new job to SUCCEEDED with every row.
# Every wait is for a state, with a generous time limit (a busy 2-core machine). Prints PASS/FAIL lines; exits 1
# on any failure.
#
# Usage: scripts/crash-import.sh [--build]   (needs openssl, psql, python3, curl, jq, unzip, bc; KEEP=1 keeps the
# temporary directory with the backend's and PostgreSQL's logs)
set -euo pipefail
rows="${ROWS:-300000}"
read -r -a BACKEND_OPTS <<<"${BACKEND_OPTS:-}"
BACKEND_OPTS+=(-Dchildplan.imports.max-bytes=1073741824)
SEPARATE_DB=1
source "$(dirname "$0")/benchmark/backend.sh"
source "$(dirname "$0")/benchmark/values.sh"
token="$(token integration)"
api="http://localhost:$http_port/api/v1"
# ImportJobRunners.LOCK_SPACE: the first key of the runners' advisory locks
lock_space=$((0x494A4F42))
source "$(dirname "$0")/faults/lib.sh"

job() { curl -fsS -H "Authorization: Bearer $token" "$api/import-jobs/$1"; }
submit() {
  curl -sS -o "$work/submitted.json" -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
    -H "Idempotency-Key: $key" --data-binary @"$file" "$api/import-jobs/indicator-values"
}
# the statement of the phase running in the database: the COPY into the staging table, or the merge
running() { [[ "$(sql "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE '$1%'")" -gt 0 ]]; }
in_phase() {
  job "$id" >"$work/job.json" || return 1
  local state nread checked
  read -r state nread checked < <(jq -r '"\(.state) \(.rowsRead) \(.rowsChecked)"' "$work/job.json")
  [[ "$state" == RUNNING ]] || return 1
  case "$scenario" in
    read) ((nread > 0 && checked == 0)) && running 'COPY import_raw' ;;
    write) ((checked > 0)) && running 'WITH previous AS' ;;
  esac
}
finished() { job "$1" >"$work/job.json" && [[ "$(jq -r .state "$work/job.json")" =~ ^(SUCCEEDED|FAILED|CANCELLED)$ ]]; }
sessions_left() { [[ "$(sql "SELECT count(*) FROM pg_stat_activity WHERE pid IN ($1)")" == 0 ]]; }
stored() { sql "SELECT count(*) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id WHERE i.code LIKE '${prefix}_%'"; }
fed() {
  sql "SELECT count(*) FROM change_log c JOIN indicator_value v ON c.entity = 'indicator-value' AND c.entity_id = v.id
    JOIN indicator i ON i.id = v.indicator_id WHERE i.code LIKE '${prefix}_%'"
}

for scenario in read write; do
  t0=$SECONDS
  prefix="CRASH_${scenario^^}"
  file="$work/$scenario.csv"
  key="crash-import-$scenario-$$"
  values_file "$prefix" "$rows" "$file"
  status="$(submit)"
  id="$(jq -r .id "$work/submitted.json")"
  echo "$scenario: job $id submitted (HTTP $status, $rows rows, $(du -h "$file" | cut -f1))"
  if ! wait_for 300 in_phase; then
    fail "the job never showed its $scenario phase: $(cat "$work/job.json")"
    continue
  fi
  runner="$(sql "SELECT runner FROM import_job WHERE id = $id")"
  sessions="$(sql "SELECT string_agg(pid::text, ',') FROM pg_stat_activity WHERE backend_type = 'client backend'
    AND pid <> pg_backend_pid()")"
  killed=$backend_pid
  spooled="$(find "${TMPDIR:-/tmp}" -maxdepth 1 -name "childplan-upload-$killed-*" | wc -l)"
  killed_at=$(date +%s.%N)
  kill -9 "$killed"
  wait "$killed" 2>/dev/null || true
  # how long the killed backend's sessions outlive it, watched while it is started again
  (wait_for 300 sessions_left "$sessions" && echo "$(date +%s.%N) - $killed_at" | bc -l >"$work/gone") &
  watcher=$!
  echo "$scenario: killed the backend (pid $killed, runner $runner) at $(jq -c '{state, rowsRead, rowsChecked,
    rowsWritten}' "$work/job.json")"

  start_backend
  if wait_for 180 finished "$id"; then
    pass "the job ended after the restart: $(jq -c '{state, error: .error.code, rowsRead, rowsWritten,
      outcome: .summary.outcome}' "$work/job.json")"
  else
    fail "the job is still $(jq -r .state "$work/job.json") 180 s after the restart"
  fi
  state="$(jq -r .state "$work/job.json")"
  n="$(stored)"
  expect "the file's values stored" "$n" 0 "$rows"
  expect "their change-feed entries" "$(fed)" 0 "$rows"
  if [[ "$n" == 0 ]]; then
    expect "job state (nothing stored)" "$state $(jq -r .error.code "$work/job.json")" "FAILED IMPORT_INTERRUPTED"
  else
    expect "job state (all stored)" "$state" SUCCEEDED
  fi
  if wait "$watcher"; then
    pass "no database session of the killed backend is left ($(xargs printf '%.1f' <"$work/gone") s after the kill)"
  else
    fail "sessions of the killed backend still open 300 s after the kill: $(sql "SELECT string_agg(pid || ' ' ||
      state || ' ' || left(query, 40), '; ') FROM pg_stat_activity WHERE pid IN ($sessions)")"
  fi
  expect "advisory locks of runner $runner" "$(sql "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'
    AND classid = $lock_space AND objid = $runner")" 0
  expect "files spooled by the killed backend (at the kill, after the restart)" \
    "$spooled, $(find "${TMPDIR:-/tmp}" -maxdepth 1 -name "childplan-upload-$killed-*" | wc -l)" "1, 0"

  status="$(submit)"
  again="$(jq -r .id "$work/submitted.json")"
  if wait_for 600 finished "$again"; then
    expect "re-submission (job $again, HTTP $status)" "$(jq -r '"\(.state) \(.summary.imported + .summary.updated
      + .summary.unchanged)"' "$work/job.json")" "SUCCEEDED $rows"
  else
    fail "the re-submitted job $again is still $(jq -r .state "$work/job.json") after 600 s"
  fi
  if [[ "$state" == FAILED ]]; then
    expect "the re-submission is a new job" "$([[ "$again" != "$id" ]] && echo yes || echo "no, job $again")" yes
  fi
  expect "the file's values stored after it" "$(stored)" "$rows"
  echo "$scenario: $((SECONDS - t0)) s"
done

finish crash-import
