# Sourced by scripts/benchmark-import.sh and scripts/crash-import.sh after scripts/benchmark/backend.sh: defines
#   values_file PREFIX ROWS FILE   creates the 50 indicators PREFIX_1..PREFIX_50 and writes FILE, a CSV of ROWS values
#                                  of theirs (50 indicators × the 63 provinces of 2016 × as many months from 1995 as
#                                  needed), FINAL, as a machine client would send them
values_file() {
  local prefix=$1 rows=$2 file=$3
  psql -q -v ON_ERROR_STOP=1 -v prefix="$prefix" <<'SQL'
INSERT INTO indicator (id, code, name_vi, name_en, unit, direction, aggregation)
  SELECT nextval('indicator_seq'), :'prefix' || '_' || n, 'Chỉ tiêu nhập ' || n, 'Imported indicator ' || n, 'trẻ em',
         'HIGHER_IS_BETTER', 'SUM' FROM generate_series(1, 50) n
SQL
  psql -At -c "SELECT code FROM admin_unit WHERE level = 'PROVINCE' AND (valid_from IS NULL OR valid_from <= DATE '1995-01-01')
    AND (valid_to IS NULL OR valid_to >= DATE '2024-12-31') ORDER BY code" >"$file.provinces"
  python3 - "$prefix" "$rows" "$file.provinces" "$file" <<'PY'
import sys
prefix, rows, provinces, out = sys.argv[1], int(sys.argv[2]), open(sys.argv[3]).read().split(), sys.argv[4]
per_month = 50 * len(provinces)
with open(out, "w", newline="") as f:
    f.write("indicator_code,unit_code,period_code,value,status,source_name\r\n")
    n = 0
    for m in range(-(-rows // per_month)):
        period = "%d-%02d" % (1995 + m // 12, m % 12 + 1)
        for p in provinces:
            for i in range(1, 51):
                if n == rows:
                    break
                f.write("%s_%d,%s,%s,%d.%d,FINAL,Benchmark\r\n" % (prefix, i, p, period, n % 10000, n % 10))
                n += 1
PY
  rm "$file.provinces"
}
