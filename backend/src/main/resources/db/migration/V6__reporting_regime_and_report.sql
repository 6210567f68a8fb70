-- Chế độ báo cáo: which periods a plan is reported on, by when, and which agency consolidates the reports
-- (Huế 26/KH-UBND section VI: 06 tháng before 25/5, 01 năm before 20/11, Sở LĐTBXH consolidates). One row per
-- reported period type per document. The deadline has exactly one of two forms:
--   * a calendar day: deadline_day (+ deadline_month) in the last year (or, without a month, the last month) of the
--     period: 25/5 for 2016-H1 → 2016-05-25; day 20 for 2016-05S (ends 14 May) → 2016-05-20;
--   * an offset: period end + offset_days.
CREATE SEQUENCE reporting_regime_seq START 1 INCREMENT 50;
CREATE TABLE reporting_regime (
    id                      bigint PRIMARY KEY,
    document_id             bigint      NOT NULL REFERENCES document (id),
    period_type             varchar(20) NOT NULL CHECK (period_type IN ('YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH',
                                                                         'STATISTICAL_MONTH', 'SCHOOL_YEAR')),
    deadline_day            smallint CHECK (deadline_day BETWEEN 1 AND 31),
    deadline_month          smallint CHECK (deadline_month BETWEEN 1 AND 12),
    offset_days             integer CHECK (offset_days BETWEEN -366 AND 366),
    consolidating_agency_id bigint      NOT NULL REFERENCES agency (id),
    version                 integer     NOT NULL DEFAULT 0,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_reporting_regime_deadline CHECK (
        (deadline_day IS NOT NULL AND offset_days IS NULL)
        OR (deadline_day IS NULL AND deadline_month IS NULL AND offset_days IS NOT NULL)),
    CONSTRAINT uq_reporting_regime_period UNIQUE (document_id, period_type)
);
CREATE INDEX ix_reporting_regime_agency ON reporting_regime (consolidating_agency_id);

-- Báo cáo kết quả: one agency's report for one plan and one period, with a narrative per task.
CREATE SEQUENCE report_seq START 1 INCREMENT 50;
CREATE TABLE report (
    id           bigint PRIMARY KEY,
    document_id  bigint      NOT NULL REFERENCES document (id),
    agency_id    bigint      NOT NULL REFERENCES agency (id),
    period_type  varchar(20) NOT NULL CHECK (period_type IN ('YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH',
                                                              'STATISTICAL_MONTH', 'SCHOOL_YEAR')),
    period_code  varchar(21) NOT NULL,
    period_start date        NOT NULL,
    period_end   date        NOT NULL,
    status       varchar(9)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    difficulties text,
    proposals    text,
    -- the last submission (a returned report resubmitted is timed by its resubmission)
    submitted_at timestamptz,
    version      integer     NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_report_period CHECK (period_end >= period_start),
    CONSTRAINT ck_report_submitted CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL),
    CONSTRAINT uq_report_period UNIQUE (document_id, agency_id, period_code)
);
CREATE INDEX ix_report_agency ON report (agency_id, period_start);

CREATE SEQUENCE report_task_narrative_seq START 1 INCREMENT 50;
CREATE TABLE report_task_narrative (
    id        bigint PRIMARY KEY,
    report_id bigint      NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    task_id   bigint      NOT NULL REFERENCES task (id),
    narrative text,
    progress  varchar(11) NOT NULL CHECK (progress IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    CONSTRAINT uq_report_task_narrative UNIQUE (report_id, task_id)
);
CREATE INDEX ix_report_task_narrative_task ON report_task_narrative (task_id);

-- Every move of a report through DRAFT → SUBMITTED → ACCEPTED | RETURNED → SUBMITTED …; append-only.
CREATE SEQUENCE report_transition_seq START 1 INCREMENT 50;
CREATE TABLE report_transition (
    id          bigint PRIMARY KEY,
    report_id   bigint       NOT NULL REFERENCES report (id),
    from_status varchar(9)   NOT NULL CHECK (from_status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    to_status   varchar(9)   NOT NULL CHECK (to_status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    by_subject  varchar(200) NOT NULL,
    by_name     varchar(200),
    at          timestamptz  NOT NULL,
    comment     text
);
CREATE INDEX ix_report_transition_report ON report_transition (report_id, at);

CREATE FUNCTION report_transition_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'report_transition is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER tr_report_transition_no_update BEFORE UPDATE OR DELETE ON report_transition
    FOR EACH ROW EXECUTE FUNCTION report_transition_append_only();
