-- How an indicator's values combine over several units (roll-ups up the admin-unit hierarchy and across boundary
-- changes): SUM for counts; RATIO for rates, recomputed as factor × Σnumerator / Σdenominator from two SUM
-- indicators (a rate is never summed or averaged); NONE when the figure cannot be combined at all. NONE is the
-- default so that a rate catalogued without its numerator and denominator is refused rather than summed.
ALTER TABLE indicator
    ADD COLUMN aggregation              varchar(5) NOT NULL DEFAULT 'NONE'
        CHECK (aggregation IN ('SUM', 'RATIO', 'NONE')),
    ADD COLUMN numerator_indicator_id   bigint REFERENCES indicator (id),
    ADD COLUMN denominator_indicator_id bigint REFERENCES indicator (id),
    ADD COLUMN factor                   numeric(12, 4) CHECK (factor IS NULL OR factor > 0),
    ADD CONSTRAINT ck_indicator_ratio CHECK (
        (aggregation = 'RATIO') = (numerator_indicator_id IS NOT NULL AND denominator_indicator_id IS NOT NULL
                                   AND factor IS NOT NULL)
        AND (aggregation = 'RATIO' OR (numerator_indicator_id IS NULL AND denominator_indicator_id IS NULL
                                       AND factor IS NULL))),
    ADD CONSTRAINT ck_indicator_ratio_not_self CHECK (numerator_indicator_id <> id AND denominator_indicator_id <> id);

-- Everything catalogued so far that is not a percentage is a count.
UPDATE indicator SET aggregation = 'SUM' WHERE unit <> '%';


-- The breakdown a target with a sub-group is measured on ("trẻ em dân tộc thiểu số" → area type ETHNIC_MINORITY,
-- "trẻ em gái" → sex FEMALE): progress reads the values of that breakdown, not the total. ALL = the total.
ALTER TABLE target
    ADD COLUMN sex       varchar(6)  NOT NULL DEFAULT 'ALL' CHECK (sex IN ('ALL', 'FEMALE', 'MALE')),
    ADD COLUMN age_group varchar(20) NOT NULL DEFAULT 'ALL' CHECK (age_group ~ '^[A-Z0-9][A-Z0-9_+-]*$'),
    ADD COLUMN area_type varchar(15) NOT NULL DEFAULT 'ALL'
        CHECK (area_type IN ('ALL', 'URBAN', 'RURAL', 'ETHNIC_MINORITY'));

-- The latest value of a target (plan progress, dashboard): the values of one unit, indicator and breakdown in
-- period order, so the lookup reads the newest row or two instead of every period of the indicator.
CREATE INDEX ix_indicator_value_latest ON indicator_value (unit_id, indicator_id, sex, age_group, area_type, period_end DESC);
