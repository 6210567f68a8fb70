#!/usr/bin/env bash
# The indicator values of Thừa Thiên Huế (code 46, as it stood in 2016) and the units below it, in each export
# format, into the current folder (or OUT): values.csv, values.xlsx, values.ndjson, values.sdmx.csv. Each file's
# row count (X-Total-Count, sent when asked for with Prefer: count=exact) is printed.
set -euo pipefail
. "$(dirname "$0")/env.sh"
T=$(token)
OUT="${OUT:-.}"
unit=$(curl -sSf -H "Authorization: Bearer $T" "$API/admin-units?level=PROVINCE&code=46&validOn=2016-06-01" \
  | sed -E 's/.*"items":\[\{"id":([0-9]+).*/\1/')
for format in csv xlsx ndjson sdmx-csv; do
  file="$OUT/values.${format/sdmx-csv/sdmx.csv}"
  count=$(curl -sSf -H "Authorization: Bearer $T" -H "Prefer: count=exact" -o "$file" -D - \
    "$API/exports/indicator-values?format=$format&unitId=$unit&descendants=true&periodFrom=2016-01-01&periodTo=2016-12-31" \
    | tr -d '\r' | sed -n 's/^[Xx]-[Tt]otal-[Cc]ount: //p')
  echo "$format: $count rows in $file ($(wc -c <"$file") bytes)"
  [[ -s "$file" ]]
done
