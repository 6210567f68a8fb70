#!/usr/bin/env bash
# An import of indicator values as a job, safe to retry: the file is sent with an Idempotency-Key of our own, the
# answer (202) names the job, and the job is polled until it has finished; its summary is printed. Sending the same
# file with the same key again answers the same job (while it runs: 409, retry later) — never a second import.
# Usage: import-job.sh [FILE.csv]   (without a file: two estimates for Thừa Thiên Huế, 2017)
set -euo pipefail
. "$(dirname "$0")/env.sh"
T=$(token)
FILE="${1:-}"
if [[ -z "$FILE" ]]; then
  FILE=$(mktemp --suffix=.csv)
  trap 'rm -f "$FILE"' EXIT
  printf 'indicator_code,unit_code,period_code,value,status,source_name\r\n%s\r\n%s\r\n' \
    'CHILD_U1_FULLY_IMMUNISED_RATE,46,2017,96.1,ESTIMATE,Sở Y tế' \
    'COMMUNE_CHILD_FRIENDLY_RATE,46,2017,90,ESTIMATE,Sở Lao động - Thương binh và Xã hội' >"$FILE"
fi
KEY="${IDEMPOTENCY_KEY:-$(cat /proc/sys/kernel/random/uuid)}" # keep it to retry this very import

job=$(curl -sSf -H "Authorization: Bearer $T" -H "Content-Type: text/csv" -H "Idempotency-Key: $KEY" \
  --data-binary @"$FILE" "$API/import-jobs/indicator-values?mode=PER_ROW")
id=$(echo "$job" | sed -E 's/^\{"id":([0-9]+).*/\1/')
echo "job $id, Idempotency-Key $KEY"
for ((i = 0; i < 600; i++)); do # at most 10 minutes
  job=$(curl -sSf -H "Authorization: Bearer $T" "$API/import-jobs/$id")
  state=$(echo "$job" | sed -E 's/.*"state":"([A-Z]+)".*/\1/')
  case "$state" in
    SUCCEEDED) echo "$job" | sed -E 's/.*"summary":(.*)\}$/\1/'; exit 0 ;;
    FAILED | CANCELLED) echo "job $id $state: $job" >&2; exit 1 ;;
  esac
  echo "$state: $(echo "$job" | sed -E 's/.*"rowsRead":([0-9]+).*/\1/') rows read"
  sleep 1
done
echo "job $id still $state after 10 minutes" >&2
exit 1
