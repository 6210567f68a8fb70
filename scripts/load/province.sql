-- The deadline morning of one large province, for scripts/load-test.sh (set-based, run in one transaction by psql
-- -1). Variables: :province (a province code of the 34 in force from 2025-07-01), :communes, :agencies, :plans,
-- :run (a tag naming this run's plans). Today's year Y (Asia/Ho_Chi_Minh) is the reporting year:
--   - once per database: 10 SUM indicators LOAD_1…10, :communes synthetic communes (codes 96001…) under the province,
--     their values and the province's for the years Y-5…Y-1, and :agencies agencies of the province (LOAD-1…);
--   - every run: :plans plans of the province for Y-1…Y+3, each with an objective, 5 targets, 5 tasks, and one
--     LEAD or COORDINATE assignment per agency, so every agency owes a report of every plan; a yearly regime due
--     today (consolidated by LOAD-1); last year's reports submitted and accepted; this year's a draft (created
--     yesterday) for every other agency, not yet started for the rest.
-- What the officers then do on the deadline morning is the simulation's (scripts/load/src/test/java).

CREATE TEMPORARY TABLE load_today ON COMMIT DROP AS
SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS today,
       extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS y;

CREATE TEMPORARY TABLE load_province ON COMMIT DROP AS
SELECT id, code FROM admin_unit
WHERE level = 'PROVINCE' AND code = :'province' AND valid_from = DATE '2025-07-01' AND valid_to IS NULL;
DO $$ BEGIN
    IF (SELECT count(*) FROM load_province) <> 1 THEN
        RAISE EXCEPTION 'no province in force with that code';
    END IF;
END $$;

INSERT INTO indicator (id, code, name_vi, name_en, unit, direction, aggregation)
SELECT nextval('indicator_seq'), 'LOAD_' || n, 'Chỉ tiêu tải thử ' || n, 'Load indicator ' || n, 'trẻ em',
       'HIGHER_IS_BETTER', 'SUM'
FROM generate_series(1, 10) n
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'LOAD_1');

INSERT INTO admin_unit (id, code, name, level, type, parent_code, valid_from, basis)
SELECT nextval('admin_unit_seq'), (96000 + n)::text, 'Xã Tải thử ' || n, 'COMMUNE', 'XA', p.code,
       DATE '2025-07-01', 'load-test'
FROM load_province p, generate_series(1, :communes) n
WHERE NOT EXISTS (SELECT 1 FROM admin_unit WHERE basis = 'load-test');

-- the history the dashboard and the plans' progress read: five years of final values on every unit
INSERT INTO indicator_value (id, indicator_id, unit_id, period_type, period_start, period_end, period_code, value,
                             status, source_kind, entered_by)
SELECT nextval('indicator_value_seq'), i.id, u.id, 'YEAR', make_date(yr, 1, 1), make_date(yr, 12, 31), yr::text,
       (hashtext(u.code || i.code || yr) & 1023) / 10.0, 'FINAL', 'MACHINE_CLIENT', 'load-test'
FROM (SELECT id, code FROM load_province
      UNION ALL SELECT id, code FROM admin_unit WHERE basis = 'load-test') u,
     indicator i, load_today t, generate_series(t.y - 5, t.y - 1) yr
WHERE i.code LIKE 'LOAD\_%'
ON CONFLICT DO NOTHING;

INSERT INTO agency (id, name, kind, unit_id, code)
SELECT nextval('agency_seq'), 'Cơ quan tải thử ' || n, 'STATE_AGENCY', p.id, 'LOAD-' || n
FROM load_province p, generate_series(1, :agencies) n
ON CONFLICT DO NOTHING;

CREATE TEMPORARY TABLE load_agency ON COMMIT DROP AS
SELECT id, substr(code, 6)::int AS n FROM agency WHERE code LIKE 'LOAD-%' AND substr(code, 6)::int <= :agencies;

CREATE TEMPORARY TABLE load_plan ON COMMIT DROP AS
SELECT nextval('document_seq') AS id, n FROM generate_series(1, :plans) n;

INSERT INTO document (id, kind, number, title, issuer_id, unit_id, issued_on, period_from_year, period_to_year, status)
SELECT d.id, 'PLAN', d.n || '-' || :'run' || '/KH-UBND', 'Kế hoạch tải thử ' || :'run' || ' số ' || d.n, g.id, p.id,
       make_date(t.y - 1, 1, 15), t.y - 1, t.y + 3, 'ISSUED'
FROM load_plan d, load_province p, load_today t, load_agency g
WHERE g.n = 1;

INSERT INTO objective (id, document_id, kind, position, text)
SELECT nextval('objective_seq'), d.id, 'SPECIFIC', 1, 'Mục tiêu cụ thể' FROM load_plan d;

INSERT INTO target (id, objective_id, indicator_id, comparator, value, unit, target_year)
SELECT nextval('target_seq'), o.id, i.id, 'GE', 40 + k * 5, 'trẻ em', t.y
FROM load_plan d JOIN objective o ON o.document_id = d.id, load_today t, generate_series(1, 5) k
JOIN indicator i ON true
WHERE i.code = 'LOAD_' || ((d.n + k) % 10 + 1);

INSERT INTO task (id, document_id, number, position, title, due_on, status)
SELECT nextval('task_seq'), d.id, k::text, k, 'Nhiệm vụ ' || k, make_date(t.y, 12, 31), 'IN_PROGRESS'
FROM load_plan d, load_today t, generate_series(1, 5) k;

-- agency n works on task 1 + n % 5 of every plan; LOAD-1…5 lead one task each, the others coordinate
INSERT INTO assignment (id, task_id, agency_id, role, due_on, status)
SELECT nextval('assignment_seq'), k.id, g.id, CASE WHEN g.n <= 5 THEN 'LEAD' ELSE 'COORDINATE' END, k.due_on,
       'IN_PROGRESS'
FROM load_plan d JOIN task k ON k.document_id = d.id JOIN load_agency g ON k.position = 1 + g.n % 5;

-- the yearly report, due today
INSERT INTO reporting_regime (id, document_id, period_type, deadline_day, deadline_month, consolidating_agency_id)
SELECT nextval('reporting_regime_seq'), d.id, 'YEAR', extract(day FROM t.today), extract(month FROM t.today), g.id
FROM load_plan d, load_today t, load_agency g
WHERE g.n = 1;

-- last year's reports: submitted on time and accepted
INSERT INTO report (id, document_id, agency_id, period_type, period_code, period_start, period_end, status,
                    submitted_at, created_at)
SELECT nextval('report_seq'), d.id, g.id, 'YEAR', (t.y - 1)::text, make_date(t.y - 1, 1, 1),
       make_date(t.y - 1, 12, 31), 'ACCEPTED', t.today - 370, t.today - 375
FROM load_plan d, load_agency g, load_today t;
INSERT INTO report_transition (id, report_id, from_status, to_status, by_subject, at)
SELECT nextval('report_transition_seq'), r.id, m.from_status, m.to_status, 'load-test', r.submitted_at + m.after
FROM report r JOIN load_plan d ON d.id = r.document_id,
     (VALUES ('DRAFT', 'SUBMITTED', interval '0'), ('SUBMITTED', 'ACCEPTED', interval '2 days')) m(from_status, to_status, after);

-- this year's: every other agency started a draft yesterday
INSERT INTO report (id, document_id, agency_id, period_type, period_code, period_start, period_end, status, created_at)
SELECT nextval('report_seq'), d.id, g.id, 'YEAR', t.y::text, make_date(t.y, 1, 1), make_date(t.y, 12, 31), 'DRAFT',
       t.today - 1
FROM load_plan d, load_agency g, load_today t
WHERE (d.n + g.n) % 2 = 0;
