-- Reported indicator values: one aggregate figure per indicator, administrative unit, reporting period and
-- breakdown (sex, age group, area). Aggregates only, never a record about a child. A value is usually an estimate
-- first (deadlines fall before the period ends) and final later; every correction is audited with before/after.
CREATE SEQUENCE indicator_value_seq START 1 INCREMENT 50;
CREATE TABLE indicator_value (
    id           bigint PRIMARY KEY,
    indicator_id bigint         NOT NULL REFERENCES indicator (id),
    unit_id      bigint         NOT NULL REFERENCES admin_unit (id),
    period_type  varchar(20)    NOT NULL CHECK (period_type IN ('YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH',
                                                                'STATISTICAL_MONTH', 'SCHOOL_YEAR', 'CUSTOM')),
    period_start date           NOT NULL,
    period_end   date           NOT NULL,
    -- the stable code of the period (2016, 2016-H1, 2016-Q3, 2016-05, 2016-05S, 2016-2017, 2016-03-01/2016-06-30)
    period_code  varchar(21)    NOT NULL CHECK (period_code ~ '^[0-9]{4}(-(H[12]|Q[1-4]|[0-9]{2}S?|[0-9]{4}|[0-9]{2}-[0-9]{2}/[0-9]{4}-[0-9]{2}-[0-9]{2}))?$'),
    sex          varchar(6)     NOT NULL DEFAULT 'ALL' CHECK (sex IN ('ALL', 'FEMALE', 'MALE')),
    age_group    varchar(20)    NOT NULL DEFAULT 'ALL' CHECK (age_group ~ '^[A-Z0-9][A-Z0-9_+-]*$'),
    area_type    varchar(15)    NOT NULL DEFAULT 'ALL' CHECK (area_type IN ('ALL', 'URBAN', 'RURAL', 'ETHNIC_MINORITY')),
    value        numeric(18, 4) NOT NULL,
    status       varchar(8)     NOT NULL CHECK (status IN ('ESTIMATE', 'FINAL')),
    source_kind  varchar(20)    NOT NULL CHECK (source_kind IN ('AGENCY_REPORT', 'MACHINE_CLIENT', 'EXTERNAL_SYSTEM', 'MANUAL')),
    source_name  varchar(300) CHECK (source_name IS NULL OR length(trim(source_name)) > 0),
    evidence     text,
    -- the token subject of whoever last entered or corrected the value (the audit trail holds every earlier one)
    entered_by   varchar(200)   NOT NULL,
    version      integer        NOT NULL DEFAULT 0,
    created_at   timestamptz    NOT NULL DEFAULT now(),
    updated_at   timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT ck_indicator_value_period CHECK (period_end >= period_start),
    CONSTRAINT uq_indicator_value_key UNIQUE (indicator_id, unit_id, period_code, sex, age_group, area_type)
);
CREATE INDEX ix_indicator_value_unit ON indicator_value (unit_id, period_start);
CREATE INDEX ix_indicator_value_period ON indicator_value (period_type, period_start);
