-- The latest value of a target (plan progress, dashboard) read from the index alone. The index holds the whole
-- order of ProgressService.LATEST_FIRST (period end, FINAL before ESTIMATE, shorter period after longer, newest
-- entry) and the value, so a lookup is one index descent with no heap visit and no sort: the nation-wide dashboard
-- does one per target (≈ 4,000 at national scale). status DESC is FINAL before ESTIMATE, its only two values (V5).
DROP INDEX ix_indicator_value_latest;
CREATE INDEX ix_indicator_value_latest ON indicator_value
    (unit_id, indicator_id, sex, age_group, area_type, period_end DESC, status DESC, period_start, id DESC)
    INCLUDE (value);
