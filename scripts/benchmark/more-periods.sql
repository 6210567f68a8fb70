-- Adds the quarters of 2016–2025 (40 periods) to every indicator and unit that scripts/benchmark/national-data.sql
-- loaded: about 6.7 million more values, 10 million in all with the 34 provinces. Set-based, one transaction (psql -1).
INSERT INTO indicator_value (id, indicator_id, unit_id, period_type, period_start, period_end, period_code, value,
                             status, source_kind, entered_by)
SELECT nextval('indicator_value_seq'), i.id, u.id, 'QUARTER', make_date(y, 3 * q - 2, 1),
       (make_date(y, 3 * q - 2, 1) + interval '3 months - 1 day')::date, y || '-Q' || q,
       (hashtext(u.code || i.code || y || q) & 1023) / 10.0, 'FINAL', 'MACHINE_CLIENT', 'benchmark'
FROM admin_unit u, indicator i, generate_series(2016, 2025) y, generate_series(1, 4) q
WHERE (u.basis = 'benchmark' OR (u.level = 'PROVINCE' AND u.valid_from = DATE '2025-07-01'))
  AND i.code LIKE 'BENCH\_%';
