-- Synthetic national data for scripts/benchmark-dashboard.sh, set-based (generate_series, no loops). Loads the
-- provinces numbered :from to :to (1–34, the provinces in force from 2025-07-01 in code order) with their share of
-- 3,321 synthetic communes: indicator values for 50 indicators × 20 periods on every province and commune
-- (≈ 3.3 million values for all 34), and on every province 3 plans, on every tenth commune 1 plan, each with an
-- objective, 10 targets, 10 tasks with 3 assignments each, a yearly and a half-yearly regime, and reports for the
-- rounds of 2021–2025 (most on time, some late, some missing). Run once with :from = :to = 1 (the small reference
-- dataset), then with 2 and 34. Run in one transaction by psql -1.

-- 50 SUM indicators (created once, with the first load)
INSERT INTO indicator (id, code, name_vi, name_en, unit, direction, aggregation)
SELECT nextval('indicator_seq'), 'BENCH_' || n, 'Chỉ tiêu ' || n, 'Indicator ' || n, 'trẻ em',
       CASE WHEN n % 5 = 0 THEN 'LOWER_IS_BETTER' ELSE 'HIGHER_IS_BETTER' END, 'SUM'
FROM generate_series(1, 50) n
WHERE NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'BENCH_1');

CREATE TEMPORARY TABLE bench_province ON COMMIT DROP AS
SELECT id, code, row_number() OVER (ORDER BY code) AS k FROM admin_unit
WHERE level = 'PROVINCE' AND valid_from = DATE '2025-07-01';
DELETE FROM bench_province WHERE k NOT BETWEEN :from AND :to;

-- 3,321 communes, the n-th under the ((n - 1) % 34 + 1)-th province; codes 90001… are unused by the reference data
INSERT INTO admin_unit (id, code, name, level, type, parent_code, valid_from, basis)
SELECT nextval('admin_unit_seq'), (90000 + n)::text, 'Xã Thử nghiệm ' || n, 'COMMUNE', 'XA', p.code,
       DATE '2025-07-01', 'benchmark'
FROM generate_series(1, 3321) n JOIN bench_province p ON p.k = (n - 1) % 34 + 1;

-- idx: the commune's rank in its province (0 for the province itself)
CREATE TEMPORARY TABLE bench_unit ON COMMIT DROP AS
SELECT p.id, p.code, p.k, true AS province, 0 AS idx FROM bench_province p
UNION ALL
SELECT u.id, u.code, p.k, false, row_number() OVER (PARTITION BY p.k ORDER BY u.code)
FROM admin_unit u JOIN bench_province p ON u.parent_code = p.code
WHERE u.basis = 'benchmark';

-- 20 periods: the years 2016–2025 and the halves of 2021–2025
CREATE TEMPORARY TABLE bench_period ON COMMIT DROP AS
SELECT 'YEAR' AS type, y::text AS code, make_date(y, 1, 1) AS start, make_date(y, 12, 31) AS finish
FROM generate_series(2016, 2025) y
UNION ALL
SELECT 'HALF_YEAR', y || '-H' || h, make_date(y, 6 * h - 5, 1), (make_date(y, 6 * h - 5, 1) + interval '6 months - 1 day')::date
FROM generate_series(2021, 2025) y, generate_series(1, 2) h;

INSERT INTO indicator_value (id, indicator_id, unit_id, period_type, period_start, period_end, period_code, value,
                             status, source_kind, entered_by)
SELECT nextval('indicator_value_seq'), i.id, u.id, p.type, p.start, p.finish, p.code,
       (hashtext(u.code || i.code || p.code) & 1023) / 10.0, 'FINAL', 'MACHINE_CLIENT', 'benchmark'
FROM bench_unit u, bench_period p, indicator i
WHERE i.code LIKE 'BENCH\_%';

-- agencies: 10 per province, 3 per commune with a plan (every tenth)
CREATE TEMPORARY TABLE bench_plan_unit ON COMMIT DROP AS
SELECT u.id, u.code, u.province, plans.n AS plan_no FROM bench_unit u,
       generate_series(1, CASE WHEN u.province THEN 3 ELSE 1 END) AS plans(n)
WHERE u.province OR u.idx % 10 = 1;

INSERT INTO agency (id, name, kind, unit_id)
SELECT nextval('agency_seq'), 'Cơ quan thử nghiệm ' || u.code || '-' || a, 'STATE_AGENCY', u.id
FROM (SELECT DISTINCT id, code, province FROM bench_plan_unit) u,
     generate_series(1, CASE WHEN u.province THEN 10 ELSE 3 END) a;

CREATE TEMPORARY TABLE bench_agency ON COMMIT DROP AS
SELECT g.id, g.unit_id, row_number() OVER (PARTITION BY g.unit_id ORDER BY g.id) AS a,
       count(*) OVER (PARTITION BY g.unit_id) AS of
FROM agency g JOIN (SELECT DISTINCT id FROM bench_plan_unit) u ON u.id = g.unit_id;

-- plans 2021–2025 (plan 1), 2026–2030 (plan 2), 2024–2026 (plan 3)
CREATE TEMPORARY TABLE bench_doc ON COMMIT DROP AS
SELECT nextval('document_seq') AS id, u.id AS unit_id, u.plan_no,
       CASE u.plan_no WHEN 2 THEN 2026 WHEN 3 THEN 2024 ELSE 2021 END AS from_year,
       CASE u.plan_no WHEN 2 THEN 2030 WHEN 3 THEN 2026 ELSE 2025 END AS to_year
FROM bench_plan_unit u;

INSERT INTO document (id, kind, title, issuer_id, unit_id, period_from_year, period_to_year, status)
SELECT d.id, 'PLAN', 'Kế hoạch thử nghiệm ' || d.id, g.id, d.unit_id, d.from_year, d.to_year, 'DRAFT'
FROM bench_doc d JOIN bench_agency g ON g.unit_id = d.unit_id AND g.a = 1;

INSERT INTO objective (id, document_id, kind, position, text)
SELECT nextval('objective_seq'), d.id, 'SPECIFIC', 1, 'Mục tiêu cụ thể' FROM bench_doc d;

INSERT INTO target (id, objective_id, indicator_id, comparator, value, unit, baseline_value, baseline_year, target_year)
SELECT nextval('target_seq'), o.id, i.id, CASE WHEN t % 5 = 0 THEN 'LE' ELSE 'GE' END, 20 + t * 8, 'trẻ em',
       CASE WHEN t % 2 = 0 THEN 10 END, CASE WHEN t % 2 = 0 THEN d.from_year - 1 END,
       d.from_year + (t % (d.to_year - d.from_year + 1))
FROM bench_doc d JOIN objective o ON o.document_id = d.id, generate_series(1, 10) t
JOIN indicator i ON i.code = 'BENCH_' || (t * 5 - 4);

INSERT INTO task (id, document_id, number, position, title, due_on, status)
SELECT nextval('task_seq'), d.id, t::text, t, 'Nhiệm vụ ' || t, make_date(d.from_year + t % 3, 6, 30),
       'IN_PROGRESS'
FROM bench_doc d, generate_series(1, 10) t;

INSERT INTO assignment (id, task_id, agency_id, role, due_on, status)
SELECT nextval('assignment_seq'), k.id, g.id, r.role, k.due_on,
       CASE WHEN (k.id + r.n) % 3 = 0 THEN 'DONE' ELSE 'IN_PROGRESS' END
FROM task k JOIN bench_doc d ON d.id = k.document_id,
     (VALUES (1, 'LEAD'), (2, 'COORDINATE'), (3, 'REQUESTED')) AS r(n, role)
JOIN bench_agency g ON true
WHERE g.unit_id = d.unit_id AND g.a = 1 + (k.position::int + r.n) % g.of;

INSERT INTO reporting_regime (id, document_id, period_type, deadline_day, deadline_month, offset_days,
                              consolidating_agency_id)
SELECT nextval('reporting_regime_seq'), d.id, r.type, r.day, r.month, r.off, g.id
FROM bench_doc d JOIN bench_agency g ON g.unit_id = d.unit_id AND g.a = 1,
     (VALUES ('YEAR', 20::smallint, 11::smallint, NULL::int), ('HALF_YEAR', NULL, NULL, 15)) AS r(type, day, month, off);

-- reports of the owing agencies for the periods up to 2025 of each plan: 70 % on time, 20 % late, 10 % missing
INSERT INTO report (id, document_id, agency_id, period_type, period_code, period_start, period_end, status,
                    submitted_at)
SELECT nextval('report_seq'), o.document_id, o.agency_id, p.type, p.code, p.start, p.finish, 'SUBMITTED',
       (CASE WHEN p.type = 'YEAR' THEN make_date(extract(year FROM p.start)::int, 11, 20) ELSE p.finish + 15 END
        + CASE WHEN hashtext(o.document_id || '/' || o.agency_id || p.code) & 15 < 13 THEN -3 ELSE 9 END)::timestamp
        AT TIME ZONE 'Asia/Ho_Chi_Minh'
FROM (SELECT DISTINCT k.document_id, a.agency_id FROM assignment a JOIN task k ON k.id = a.task_id
      JOIN bench_doc d ON d.id = k.document_id WHERE a.role IN ('LEAD', 'COORDINATE')) o
JOIN bench_doc d ON d.id = o.document_id
JOIN bench_period p ON extract(year FROM p.start) BETWEEN d.from_year AND d.to_year
WHERE hashtext(o.document_id || '/' || o.agency_id || p.code) & 15 < 14;

-- each report's history as the application writes it (the dashboard judges reports by it as of asOf): created as a
-- draft five days before its submission, then one move to SUBMITTED
UPDATE report r SET created_at = r.submitted_at - interval '5 days' FROM bench_doc d WHERE d.id = r.document_id;
INSERT INTO report_transition (id, report_id, from_status, to_status, by_subject, at)
SELECT nextval('report_transition_seq'), r.id, 'DRAFT', 'SUBMITTED', 'benchmark', r.submitted_at
FROM report r JOIN bench_doc d ON d.id = r.document_id;
