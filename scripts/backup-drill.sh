#!/usr/bin/env bash
# Backup and restore drill: a logical backup (pg_dump, custom format) of a running ChildPlan database, restored into a
# fresh database, and proof that nothing was lost. Not a test of test.sh: it takes minutes. See README "Backups and
# recovery".
#
# 1. a PostgreSQL server of its own (Debian's, pg_ctl) with the schema (the packaged backend migrates it at start,
#    scripts/benchmark/backend.sh), PROVINCES of the benchmark's national data (scripts/benchmark/national-data.sql,
#    default 2 of 34: values, plans, targets, tasks, assignments, reports) and audited writes through the API;
# 2. while the backend runs: pg_dump -Fc (timed), then pg_restore -j 2 into a new database (timed);
# 3. compares the two: every table's row count, and the audit log (audit_log, audit_previous_value, change_log) as an
#    md5 of all its rows in id order;
# 4. prints the times, the sizes (database, dump) and the bytes per row of the big tables (pg_total_relation_size /
#    count, indexes and TOAST included), which README's capacity note scales to ten years;
# 5. PASS or FAIL (exit 1).
# The server is Debian's PostgreSQL (15 here), started by scripts/benchmark/backend.sh (SEPARATE_DB, PG_BIN): pg_dump
# and pg_restore must be at least the server's version and the embedded server (17) ships neither; production dumps
# with its own server's tools.
#
# Usage: scripts/backup-drill.sh [--build]   (PROVINCES=1..34; needs postgresql (server and client), openssl, curl,
# python3, unzip: scripts/ensure-tools.sh drill; KEEP=1 keeps the temporary directory)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
provinces="${PROVINCES:-2}"
"$root/scripts/ensure-tools.sh" drill

# Debian's PostgreSQL: pg_dump and pg_restore must be at least the server's version, and the embedded server (17)
# ships neither. The backend is built for PostgreSQL 17 and refuses an older server unless told otherwise: the schema
# and what the drill does work on this one.
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
pg_major="$(basename "$(dirname "$PG_BIN")")"
BACKEND_OPTS=(-Dquarkus.hibernate-orm.database.version-check.enabled=false)
SEPARATE_DB=1
source "$root/scripts/benchmark/backend.sh"
pg_bin="$work/pg/bin"

echo "load (uptime): $(uptime | sed 's/.*load average: //')"
load 1 "$provinces"
# what submitted reports carry and the national data lacks: a figure per target of the plan (on the agency's unit)
# and a narrative per task of a typical length, so their bytes per row are measured too
psql -q -v ON_ERROR_STOP=1 -1 <<'SQL'
INSERT INTO report_value (id, report_id, indicator_id, unit_id, value)
SELECT nextval('report_value_seq'), r.id, t.indicator_id, g.unit_id, 50 + (r.id + t.id) % 50
FROM report r JOIN agency g ON g.id = r.agency_id JOIN objective o ON o.document_id = r.document_id
JOIN target t ON t.objective_id = o.id;
INSERT INTO report_task_narrative (id, report_id, task_id, narrative, progress)
SELECT nextval('report_task_narrative_seq'), r.id, k.id,
       repeat('Đã tổ chức tuyên truyền, tập huấn cho cán bộ và phụ huynh về quyền trẻ em. ', 4), 'IN_PROGRESS'
FROM report r JOIN task k ON k.document_id = r.document_id;
SQL

# audited writes through the API, as users make them: new values of 2026–2030 on the first province (enough rows
# that the audit tables' size per row is not their empty pages')
admin="$(token admin)"
province="$(psql -Atc "SELECT id FROM admin_unit WHERE level = 'PROVINCE' AND valid_from = DATE '2025-07-01'
  ORDER BY code LIMIT 1")"
writes=0
for indicator in $(psql -Atc "SELECT id FROM indicator WHERE code LIKE 'BENCH_%' ORDER BY id LIMIT 20"); do
  for period in 2026 2026-H1 2027 2027-H1 2028 2028-H1 2029 2029-H1 2030 2030-H1; do
    curl -fsS -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      -d "{\"indicatorId\":$indicator,\"unitId\":$province,\"periodCode\":\"$period\",\"value\":$((RANDOM % 1000)),\"status\":\"ESTIMATE\"}" \
      "http://localhost:$http_port/api/v1/indicator-values"
    writes=$((writes + 1))
  done
done
echo "audited writes through the API: $writes; audit_log rows: $(psql -Atc "SELECT count(*) FROM audit_log")"

db_size="$(psql -Atc "SELECT pg_database_size(current_database())")"
dump="$work/childplan.dump"
t0=$(date +%s.%N)
"$pg_bin/pg_dump" -Fc -f "$dump" postgres
t1=$(date +%s.%N)
psql -q -c "CREATE DATABASE restored"
"$pg_bin/pg_restore" -j 2 --exit-on-error -d restored "$dump"
t2=$(date +%s.%N)
psql -q -d restored -c "ANALYZE"
dump_s=$(python3 -c "print(f'{$t1 - $t0:.1f}')")
restore_s=$(python3 -c "print(f'{$t2 - $t1:.1f}')")
restored_size="$(psql -d restored -Atc "SELECT pg_database_size(current_database())")"

# every table's row count, in both databases
tables_sql="SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
  AND table_type = 'BASE TABLE' ORDER BY table_name"
failures=0
tables=0
for table in $(psql -Atc "$tables_sql"); do
  a="$(psql -Atc "SELECT count(*) FROM \"$table\"")"
  b="$(psql -d restored -Atc "SELECT count(*) FROM \"$table\"")"
  tables=$((tables + 1))
  if [[ "$a" != "$b" ]]; then
    echo "FAIL $table: $a rows in the database, $b restored"
    failures=$((failures + 1))
  fi
done
if [[ "$(psql -Atc "$tables_sql")" != "$(psql -d restored -Atc "$tables_sql")" ]]; then
  echo "FAIL the restored database has other tables"
  failures=$((failures + 1))
fi
echo "row counts compared: $tables tables"

# the audit trail, row for row
for table in audit_log audit_previous_value change_log; do
  order="$(psql -Atc "SELECT string_agg(a.attname, ', ' ORDER BY k.n) FROM pg_index i
    CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(attnum, n)
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
    WHERE i.indrelid = '$table'::regclass AND i.indisprimary")"
  hash_sql="SELECT count(*) || ' rows, md5 ' || md5(coalesce(string_agg(t::text, E'\n' ORDER BY $order), ''))
    FROM $table t"
  a="$(psql -Atc "$hash_sql")"
  b="$(psql -d restored -Atc "$hash_sql")"
  if [[ "$a" == "$b" ]]; then
    echo "PASS $table: $a (ordered by $order) in both"
  else
    echo "FAIL $table: $a in the database, $b restored"
    failures=$((failures + 1))
  fi
done

echo
mib() { python3 -c "print(f'{$1 / 1048576:.1f} MiB')"; }
echo "database: $(mib "$db_size"); dump (custom format, compressed): $(mib "$(stat -c %s "$dump")");" \
  "restored: $(mib "$restored_size") (no dead rows, fresh indexes)"
echo "pg_dump: $dump_s s; pg_restore -j 2: $restore_s s, $(python3 -c "print(f'{$restored_size / 1048576 / $restore_s:.1f}')")" \
  "MiB of restored database per second (PostgreSQL $pg_major, 2-core machine shared with other work; load now" \
  "$(uptime | sed 's/.*load average: //'))"
echo "bytes per row (pg_total_relation_size / count: heap, indexes and TOAST):"
for table in indicator_value report report_value report_transition report_task_narrative audit_log change_log \
  assignment target; do
  read -r rows bytes < <(psql -At -F ' ' -c "SELECT count(*), pg_total_relation_size('$table') FROM $table")
  printf '  %-22s %10s rows %12s bytes %8s bytes/row\n' "$table" "$rows" "$bytes" "$((rows > 0 ? bytes / rows : 0))"
done

if ((failures > 0)); then
  echo "backup-drill: FAIL ($failures)"
  exit 1
fi
echo "backup-drill: PASS"
