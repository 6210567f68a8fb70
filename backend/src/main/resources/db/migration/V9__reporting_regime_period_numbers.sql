-- Which periods of the year a regime owes. Vietnamese regimes report the first half and the year (Huế 26/KH-UBND:
-- "06 tháng" before 25/5, "01 năm" before 20/11; Nghị định 09/2019/NĐ-CP): the yearly report replaces H2, as it
-- often replaces Q4 of a quarterly regime. period_numbers lists the numbers of the owed periods within their year
-- (2016-H1 is 1, 2016-Q3 is 3, 2016-05 and 2016-05S are 5); NULL = every period of the year. Only for sub-year
-- types: a YEAR or SCHOOL_YEAR regime owes its one period.
--
-- The calendar-day deadline of a sub-year type now names the deadline of the FIRST period of the year, and the
-- n-th period's deadline is that date moved by as many months as the n-th period starts after the first, the day
-- clamped to the month's length: 25/5 for 2016-H1 → 2016-11-25 for 2016-H2; 20/3 for Q1 → 20/6, 20/9, 20/12;
-- 31/1 for months → 29/2 in 2016, 31/3, 30/4. YEAR and SCHOOL_YEAR keep day/month in the year the period ends
-- (20/11 for 2016 → 2016-11-20). Day without month (that day of the period's last month) and offset_days (after
-- the period's last day) are unchanged. No stored row changes: deadlines are derived, never stored.
ALTER TABLE reporting_regime ADD COLUMN period_numbers integer[];
ALTER TABLE reporting_regime ADD CONSTRAINT ck_reporting_regime_period_numbers CHECK (
    period_numbers IS NULL
    OR (period_type NOT IN ('YEAR', 'SCHOOL_YEAR') AND cardinality(period_numbers) > 0
        AND period_numbers <@ CASE period_type
            WHEN 'HALF_YEAR' THEN ARRAY[1, 2]
            WHEN 'QUARTER' THEN ARRAY[1, 2, 3, 4]
            ELSE ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] END));
