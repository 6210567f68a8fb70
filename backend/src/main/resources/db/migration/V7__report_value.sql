-- The figures an agency's report gives for the plan's indicators: one per report, indicator, unit and breakdown
-- (the same breakdown as indicator_value). They are the agency's claim, edited with the report while it is DRAFT or
-- RETURNED; accepting the report publishes them into indicator_value (ReportService#accept), where a value already
-- stored under the same natural key is left alone and shown as a conflict by the consolidation.
CREATE SEQUENCE report_value_seq START 1 INCREMENT 50;
CREATE TABLE report_value (
    id           bigint PRIMARY KEY,
    report_id    bigint         NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    indicator_id bigint         NOT NULL REFERENCES indicator (id),
    unit_id      bigint         NOT NULL REFERENCES admin_unit (id),
    sex          varchar(6)     NOT NULL DEFAULT 'ALL' CHECK (sex IN ('ALL', 'FEMALE', 'MALE')),
    age_group    varchar(20)    NOT NULL DEFAULT 'ALL' CHECK (age_group ~ '^[A-Z0-9][A-Z0-9_+-]*$'),
    area_type    varchar(15)    NOT NULL DEFAULT 'ALL' CHECK (area_type IN ('ALL', 'URBAN', 'RURAL', 'ETHNIC_MINORITY')),
    value        numeric(18, 4) NOT NULL,
    note         text,
    CONSTRAINT uq_report_value_key UNIQUE (report_id, indicator_id, unit_id, sex, age_group, area_type)
);
CREATE INDEX ix_report_value_indicator ON report_value (indicator_id, unit_id);

-- The accepted report a published value came from (null for values entered any other way).
ALTER TABLE indicator_value ADD COLUMN report_id bigint REFERENCES report (id);
CREATE INDEX ix_indicator_value_report ON indicator_value (report_id) WHERE report_id IS NOT NULL;
