# Sourced by the fault scripts (not run by itself): starts the packaged backend on a PostgreSQL server of its own that
# outlives it (scripts/benchmark/backend.sh with SEPARATE_DB=1; $token is an admin's, $api the backend's /api/v1),
# brings lib.sh, and drives a burst of report submissions as agencies send them on a deadline day, with the check that
# every write acknowledged is stored whole.
#   report_slots                 loads province 1 of the benchmark's national data and writes $work/slots: one line per
#                                report not yet made (slot plan agency period unit indicator×3) on the plans of 2026 on
#   start_submitters N URL       N workers in the background, each taking every N-th slot: create the report (POST),
#                                save three figures (PUT, If-Match "0"), submit it (POST …/submit, If-Match "1"); every
#                                answer goes to $work/answers.W ("ms step status code"), every 2xx to $work/acks.W
#                                ("step report slot"); a slot whose step fails is left there
#   stop_submitters              stops them after the request each has in flight
#   acked STEP                   how many writes of STEP (created, saved, submitted) were acknowledged so far
#   at_least STEP N              whether N writes of STEP were acknowledged
#   answers_with STATUS          how many answers had that HTTP status (000: no answer: connection refused or cut)
#   check_reports                the checks (PASS/FAIL): every acknowledged write stored, nothing half-written
SEPARATE_DB=1
source "$(dirname "${BASH_SOURCE[0]}")/../benchmark/backend.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
token="$(token admin)"
api="http://localhost:$http_port/api/v1"
submitters=()

report_slots() {
  load 1 1 >/dev/null
  sql "WITH d AS (SELECT id, unit_id, period_from_year f, period_to_year t FROM document
                  WHERE title LIKE 'Kế hoạch thử nghiệm %' AND period_to_year >= 2026),
     o AS (SELECT DISTINCT k.document_id, a.agency_id FROM assignment a JOIN task k ON k.id = a.task_id
           WHERE a.role IN ('LEAD', 'COORDINATE')),
     p AS (SELECT d.id doc, y::text code FROM d, generate_series(greatest(d.f, 2026), d.t) y
           UNION ALL SELECT d.id, y || '-H' || h FROM d, generate_series(greatest(d.f, 2026), d.t) y,
           generate_series(1, 2) h),
     i AS (SELECT o.document_id doc, array_agg(t.indicator_id ORDER BY t.id) ind FROM target t
           JOIN objective o ON o.id = t.objective_id GROUP BY 1)
     SELECT row_number() OVER (ORDER BY p.code, d.id, o.agency_id), d.id, o.agency_id, p.code, d.unit_id,
            i.ind[1], i.ind[2], i.ind[3]
     FROM d JOIN o ON o.document_id = d.id JOIN p ON p.doc = d.id JOIN i ON i.doc = d.id
     ORDER BY 1" | tr '|' ' ' >"$work/slots"
  # reports made before the burst (the benchmark's) are not the burst's
  first_report=$(($(sql "SELECT coalesce(max(id), 0) FROM report") + 1))
  echo "$(wc -l <"$work/slots") report slots on $(cut -d' ' -f2 "$work/slots" | sort -u | wc -l) plans"
}

# call W STEP METHOD URL IF_MATCH BODY: prints the HTTP status (000 without an answer); records the answer
call() {
  local w=$1 step=$2 status code=""
  status="$(curl -sS -m 30 -o "$work/body.$w" -w '%{http_code}' -X "$3" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' ${5:+-H "If-Match: \"$5\""} --data "$6" "$4" 2>/dev/null)" || true
  if [[ "$status" != 2* && -s "$work/body.$w" ]]; then
    code="$(jq -r '.code // "not-problem+json"' "$work/body.$w" 2>/dev/null || echo not-json)"
  fi
  echo "$(date +%s%3N) $step $status $code" >>"$work/answers.$w"
  echo "$status"
}

submitter() {
  local w=$1 n=$2 url=$3 slot doc agency period unit i1 i2 i3 id values
  while read -r slot doc agency period unit i1 i2 i3; do
    if (((slot - 1) % n != w)); then continue; fi
    if [[ -e "$work/stop" ]]; then break; fi
    [[ "$(call "$w" create POST "$url/reports" "" \
      "{\"documentId\":$doc,\"agencyId\":$agency,\"periodCode\":\"$period\"}")" == 201 ]] || continue
    id="$(jq -r .id "$work/body.$w")"
    echo "created $id $slot" >>"$work/acks.$w"
    values="$(printf '{"indicatorId":%s,"unitId":%s,"value":%s}' "$i1" "$unit" "$slot"),$(printf \
      '{"indicatorId":%s,"unitId":%s,"value":%s}' "$i2" "$unit" "$slot"),$(printf \
      '{"indicatorId":%s,"unitId":%s,"value":%s}' "$i3" "$unit" "$slot")"
    [[ "$(call "$w" save PUT "$url/reports/$id" 0 \
      "{\"difficulties\":\"Thiếu kinh phí\",\"values\":[$values]}")" == 200 ]] || continue
    echo "saved $id $slot" >>"$work/acks.$w"
    [[ "$(call "$w" submit POST "$url/reports/$id/submit" 1 '{"comment":"Gửi báo cáo"}')" == 200 ]] || continue
    echo "submitted $id $slot" >>"$work/acks.$w"
  done <"$work/slots"
}

start_submitters() {
  local w
  rm -f "$work/stop"
  for ((w = 0; w < $1; w++)); do
    touch "$work/acks.$w" "$work/answers.$w"
    submitter "$w" "$1" "$2" &
    submitters+=($!)
  done
}

stop_submitters() {
  touch "$work/stop"
  wait "${submitters[@]}" 2>/dev/null || true
  submitters=()
}

acked() { cat "$work"/acks.* 2>/dev/null | grep -c "^$1 " || true; }
at_least() { (($(acked "$1") >= $2)); }
answers_with() { cat "$work"/answers.* 2>/dev/null | awk -v s="$1" '$3 == s' | wc -l; }

check_reports() {
  cat "$work"/acks.* | tr ' ' ',' >"$work/acks.csv"
  # step,report,slot; each check counts the acknowledged writes found as they were acknowledged (or later)
  psql -X -At -v ON_ERROR_STOP=1 -F' ' >"$work/found" <<SQL
CREATE TEMPORARY TABLE ack (step text, report bigint, slot int);
\copy ack FROM '$work/acks.csv' WITH (FORMAT csv)
SELECT step, count(*), count(*) FILTER (WHERE CASE step
    WHEN 'created' THEN r.id IS NOT NULL
    WHEN 'saved' THEN (SELECT count(*) FROM report_value v WHERE v.report_id = a.report AND v.value = a.slot) = 3
    ELSE r.status = 'SUBMITTED' AND r.submitted_at IS NOT NULL
      AND (SELECT count(*) FROM report_value v WHERE v.report_id = a.report AND v.value = a.slot) = 3
      AND EXISTS (SELECT 1 FROM report_transition t WHERE t.report_id = a.report AND t.to_status = 'SUBMITTED') END)
FROM ack a LEFT JOIN report r ON r.id = a.report GROUP BY step ORDER BY step;
SQL
  local step n found
  for step in created saved submitted; do
    read -r n found < <(awk -v s="$step" '$1 == s {print $2, $3}' "$work/found")
    n=${n:-0} found=${found:-0}
    if ((n > 0 && found == n)); then
      pass "acknowledged $step: $found of $n stored"
    else
      fail "acknowledged $step: $found of $n stored"
    fi
  done
  # nothing half-written, whether acknowledged or not: a submitted report has its figures and its move; every
  # version of a report is audited (created at 0, each save and move adds one version and one audit row)
  expect "reports submitted without their figures or their transition" "$(sql "SELECT count(*) FROM report r
    WHERE r.id >= $first_report AND r.status = 'SUBMITTED' AND (NOT EXISTS (SELECT 1 FROM report_value v
    WHERE v.report_id = r.id) OR NOT EXISTS (SELECT 1 FROM report_transition t WHERE t.report_id = r.id))")" 0
  expect "reports whose audit rows are not one per version" "$(sql "SELECT count(*) FROM report r
    WHERE r.id >= $first_report AND (SELECT count(*) FROM audit_log l WHERE l.entity = 'report'
    AND l.entity_id = r.id) <> r.version + 1")" 0
  expect "figures of a report not all saved together" "$(sql "SELECT count(*) FROM (SELECT report_id FROM
    report_value WHERE report_id >= $first_report GROUP BY report_id HAVING count(*) <> 3) x")" 0
  expect "import jobs left QUEUED or RUNNING" "$(sql "SELECT count(*) FROM import_job
    WHERE state IN ('QUEUED', 'RUNNING')")" 0
}
