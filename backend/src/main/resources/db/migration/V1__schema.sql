-- ChildPlan core schema: administrative units, agencies, documents and their cascade, objectives, indicators,
-- targets, tasks and assignments. Hibernate only validates this schema; every change is a new migration.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Search key: NFC first (so combining-form input equals precomposed text), then strip diacritics (đ → d included),
-- then lower-case. Marked IMMUTABLE with an explicit dictionary so expression indexes can use it.
CREATE FUNCTION search_key(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, normalize(t, NFC))) $$;

-- ---------------------------------------------------------------------------------------------------------------
-- Administrative units. A row is one unit as it stood between valid_from and valid_to (null = open). Codes are
-- re-used across reorganisations (46 is Tỉnh Thừa Thiên Huế to 2024, Thành phố Huế after), so the code is unique
-- per level only at any one date. The parent is named by code: at a given date exactly one unit of the higher
-- level holds it, so a district of 2016 and of 2025 both find the province that governed it then.
CREATE SEQUENCE admin_unit_seq START 1 INCREMENT 50;
CREATE TABLE admin_unit (
    id          bigint PRIMARY KEY,
    code        varchar(5)   NOT NULL CHECK (code ~ '^[0-9]{2,5}$'),
    name        varchar(200) NOT NULL CHECK (length(trim(name)) > 0),
    short_name  varchar(100),
    level       varchar(10)  NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    type        varchar(30)  NOT NULL,
    parent_code varchar(5),
    valid_from  date,
    valid_to    date,
    basis       varchar(200),
    version     integer      NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT ck_admin_unit_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_admin_unit_parent CHECK ((level = 'PROVINCE') = (parent_code IS NULL)),
    CONSTRAINT ck_admin_unit_type CHECK (
        (level = 'PROVINCE' AND type IN ('TINH', 'THANH_PHO_TRUNG_UONG'))
        OR (level = 'DISTRICT' AND type IN ('HUYEN', 'QUAN', 'THI_XA', 'THANH_PHO'))
        OR (level = 'COMMUNE' AND type IN ('XA', 'PHUONG', 'THI_TRAN', 'DAC_KHU'))),
    CONSTRAINT ex_admin_unit_code_overlap EXCLUDE USING gist (
        level WITH =, code WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);
CREATE INDEX ix_admin_unit_parent ON admin_unit (parent_code, level);
CREATE INDEX ix_admin_unit_search ON admin_unit USING gin (search_key(name) gin_trgm_ops);

-- Reorganisation events, one row per predecessor → successor pair (a merge of three units is three rows).
CREATE SEQUENCE unit_change_seq START 1 INCREMENT 50;
CREATE TABLE unit_change (
    id             bigint PRIMARY KEY,
    kind           varchar(20)  NOT NULL CHECK (kind IN ('MERGE', 'SPLIT', 'RENAME', 'UPGRADE', 'CONTINUATION')),
    predecessor_id bigint       NOT NULL REFERENCES admin_unit (id),
    successor_id   bigint       NOT NULL REFERENCES admin_unit (id),
    effective_on   date         NOT NULL,
    basis          varchar(200),
    version        integer      NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT ck_unit_change_distinct CHECK (predecessor_id <> successor_id),
    CONSTRAINT uq_unit_change_pair UNIQUE (predecessor_id, successor_id)
);
CREATE INDEX ix_unit_change_successor ON unit_change (successor_id);

-- ---------------------------------------------------------------------------------------------------------------
-- Agencies. unit_id null = a central (national) body such as the Prime Minister or the Politburo.
CREATE SEQUENCE agency_seq START 1 INCREMENT 50;
CREATE TABLE agency (
    id           bigint PRIMARY KEY,
    name         varchar(300) NOT NULL CHECK (length(trim(name)) > 0),
    short_name   varchar(100),
    kind         varchar(20)  NOT NULL
        CHECK (kind IN ('STATE_AGENCY', 'PEOPLES_COMMITTEE', 'MASS_ORGANISATION', 'PRESS', 'OTHER')),
    unit_id      bigint REFERENCES admin_unit (id),
    valid_from   date,
    valid_to     date,
    successor_id bigint REFERENCES agency (id),
    version      integer      NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT ck_agency_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_agency_successor CHECK (successor_id IS NULL OR successor_id <> id),
    CONSTRAINT ck_agency_successor_ended CHECK (successor_id IS NULL OR valid_to IS NOT NULL)
);
CREATE INDEX ix_agency_unit ON agency (unit_id);
CREATE UNIQUE INDEX uq_agency_name ON agency (coalesce(unit_id, 0), search_key(name), coalesce(valid_from, '-infinity'::date));
CREATE INDEX ix_agency_search ON agency USING gin (search_key(name || ' ' || coalesce(short_name, '')) gin_trgm_ops);

-- ---------------------------------------------------------------------------------------------------------------
-- Documents (directives, resolutions, decisions, plans, programmes, letters). A plan is a document of kind PLAN;
-- objectives, targets and tasks hang off any document so national programmes can carry their targets too.
CREATE SEQUENCE document_seq START 1 INCREMENT 50;
CREATE TABLE document (
    id                bigint PRIMARY KEY,
    number            varchar(60),
    kind              varchar(20)   NOT NULL
        CHECK (kind IN ('DIRECTIVE', 'RESOLUTION', 'DECISION', 'PLAN', 'PROGRAMME', 'LETTER')),
    title             varchar(1000) NOT NULL CHECK (length(trim(title)) > 0),
    issuer_id         bigint        NOT NULL REFERENCES agency (id),
    unit_id           bigint REFERENCES admin_unit (id),
    signer_name       varchar(200),
    signer_title      varchar(200),
    issued_on         date,
    effective_on      date,
    field             varchar(200),
    period_from_year  smallint      NOT NULL CHECK (period_from_year BETWEEN 1945 AND 2100),
    period_to_year    smallint      NOT NULL CHECK (period_to_year BETWEEN 1945 AND 2100),
    status            varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'ISSUED', 'SUPERSEDED', 'EXPIRED')),
    purpose           text,
    requirements      text,
    funding_note      text,
    version           integer       NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT ck_document_period CHECK (period_to_year >= period_from_year),
    CONSTRAINT ck_document_number_when_issued CHECK (status = 'DRAFT' OR (number IS NOT NULL AND issued_on IS NOT NULL)),
    CONSTRAINT ck_document_effective CHECK (effective_on IS NULL OR issued_on IS NULL OR effective_on >= issued_on)
);
-- An issuer numbers its documents afresh each year, so a number repeats only across issuers or years.
CREATE UNIQUE INDEX uq_document_number ON document (issuer_id, number, date_part('year', issued_on)) WHERE number IS NOT NULL;
CREATE INDEX ix_document_unit ON document (unit_id);
CREATE INDEX ix_document_period ON document (period_from_year, period_to_year);
CREATE INDEX ix_document_search ON document USING gin (search_key(coalesce(number, '') || ' ' || title) gin_trgm_ops);

CREATE TABLE document_funding (
    document_id    bigint        NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    position       integer       NOT NULL CHECK (position >= 0),
    source         varchar(20)   NOT NULL
        CHECK (source IN ('CENTRAL_BUDGET', 'PROVINCIAL_BUDGET', 'LOCAL_BUDGET', 'SOCIALISED', 'AID', 'OTHER')),
    planned_amount numeric(18, 0) CHECK (planned_amount >= 0),
    PRIMARY KEY (document_id, position)
);

-- "Thực hiện …": child implements parent. Cycles are refused by the trigger below, serialised by an advisory lock
-- so two concurrent inserts cannot each close half of a cycle.
CREATE TABLE document_link (
    child_id  bigint NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    parent_id bigint NOT NULL REFERENCES document (id) ON DELETE RESTRICT,
    PRIMARY KEY (child_id, parent_id),
    CONSTRAINT ck_document_link_self CHECK (child_id <> parent_id)
);
CREATE INDEX ix_document_link_parent ON document_link (parent_id);

CREATE FUNCTION document_link_refuse_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('document_link'));
    IF EXISTS (
        WITH RECURSIVE ancestors(id) AS (
            SELECT parent_id FROM document_link WHERE child_id = NEW.parent_id
            UNION
            SELECT l.parent_id FROM document_link l JOIN ancestors a ON l.child_id = a.id)
        SELECT 1 FROM ancestors WHERE id = NEW.child_id) THEN
        RAISE EXCEPTION 'document % cannot implement % : the cascade would form a cycle', NEW.child_id, NEW.parent_id
            USING ERRCODE = 'P0001', CONSTRAINT = 'ck_document_link_acyclic';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER tr_document_link_acyclic BEFORE INSERT OR UPDATE ON document_link
    FOR EACH ROW EXECUTE FUNCTION document_link_refuse_cycle();

-- ---------------------------------------------------------------------------------------------------------------
CREATE SEQUENCE objective_seq START 1 INCREMENT 50;
CREATE TABLE objective (
    id          bigint PRIMARY KEY,
    document_id bigint      NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    kind        varchar(10) NOT NULL CHECK (kind IN ('GENERAL', 'SPECIFIC')),
    position    integer     NOT NULL CHECK (position >= 0),
    text        text        NOT NULL CHECK (length(trim(text)) > 0),
    version     integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_objective_document ON objective (document_id, position);

CREATE SEQUENCE indicator_seq START 1 INCREMENT 50;
CREATE TABLE indicator (
    id         bigint PRIMARY KEY,
    code       varchar(60)  NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_.-]*$'),
    name_vi    varchar(500) NOT NULL CHECK (length(trim(name_vi)) > 0),
    name_en    varchar(500) NOT NULL CHECK (length(trim(name_en)) > 0),
    unit       varchar(30)  NOT NULL CHECK (length(trim(unit)) > 0),
    direction  varchar(20)  NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    definition text,
    version    integer      NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT uq_indicator_code UNIQUE (code)
);
CREATE INDEX ix_indicator_search ON indicator USING gin (search_key(code || ' ' || name_vi || ' ' || name_en) gin_trgm_ops);

CREATE SEQUENCE target_seq START 1 INCREMENT 50;
CREATE TABLE target (
    id             bigint PRIMARY KEY,
    objective_id   bigint         NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    indicator_id   bigint         NOT NULL REFERENCES indicator (id),
    comparator     varchar(2)     NOT NULL CHECK (comparator IN ('GT', 'GE', 'LT', 'LE', 'EQ')),
    value          numeric(18, 4) NOT NULL,
    unit           varchar(30)    NOT NULL CHECK (length(trim(unit)) > 0),
    baseline_value numeric(18, 4),
    baseline_year  smallint CHECK (baseline_year BETWEEN 1945 AND 2100),
    target_year    smallint       NOT NULL CHECK (target_year BETWEEN 1945 AND 2100),
    sub_group      varchar(300),
    source_text    text,
    version        integer        NOT NULL DEFAULT 0,
    created_at     timestamptz    NOT NULL DEFAULT now(),
    updated_at     timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT ck_target_baseline CHECK ((baseline_value IS NULL) = (baseline_year IS NULL)),
    CONSTRAINT ck_target_baseline_year CHECK (baseline_year IS NULL OR baseline_year <= target_year),
    CONSTRAINT ck_target_percent CHECK (unit <> '%' OR (value BETWEEN 0 AND 100
        AND (baseline_value IS NULL OR baseline_value BETWEEN 0 AND 100)))
);
CREATE INDEX ix_target_objective ON target (objective_id);
CREATE INDEX ix_target_indicator ON target (indicator_id);

-- ---------------------------------------------------------------------------------------------------------------
-- Tasks form a tree inside one document; the composite key keeps a parent in the same document.
CREATE SEQUENCE task_seq START 1 INCREMENT 50;
CREATE TABLE task (
    id               bigint PRIMARY KEY,
    document_id      bigint        NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    parent_id        bigint,
    number           varchar(30)   NOT NULL CHECK (number ~ '^[0-9A-Za-zĐđ]+([.][0-9A-Za-zĐđ]+)*$'),
    position         integer       NOT NULL CHECK (position >= 0),
    title            varchar(1000) NOT NULL CHECK (length(trim(title)) > 0),
    description      text,
    scope            varchar(500),
    recurrence_from  varchar(7) CHECK (recurrence_from ~ '^--[0-9]{2}-[0-9]{2}$'),
    recurrence_to    varchar(7) CHECK (recurrence_to ~ '^--[0-9]{2}-[0-9]{2}$'),
    due_on           date,
    status           varchar(20)   NOT NULL
        CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    version          integer       NOT NULL DEFAULT 0,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT uq_task_number UNIQUE (document_id, number),
    CONSTRAINT uq_task_id_document UNIQUE (id, document_id),
    CONSTRAINT fk_task_parent FOREIGN KEY (parent_id, document_id) REFERENCES task (id, document_id) ON DELETE CASCADE,
    CONSTRAINT ck_task_parent_self CHECK (parent_id IS NULL OR parent_id <> id),
    CONSTRAINT ck_task_recurrence CHECK ((recurrence_from IS NULL) = (recurrence_to IS NULL))
);
CREATE INDEX ix_task_parent ON task (parent_id);
CREATE INDEX ix_task_search ON task USING gin (search_key(title || ' ' || coalesce(description, '')) gin_trgm_ops);

CREATE SEQUENCE assignment_seq START 1 INCREMENT 50;
CREATE TABLE assignment (
    id         bigint PRIMARY KEY,
    task_id    bigint      NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    agency_id  bigint      NOT NULL REFERENCES agency (id),
    role       varchar(12) NOT NULL CHECK (role IN ('LEAD', 'COORDINATE', 'REQUESTED')),
    duty       text,
    due_on     date,
    status     varchar(20) NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    version    integer     NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_assignment_task_agency UNIQUE (task_id, agency_id)
);
-- chủ trì: at most one lead per task, whatever the application does.
CREATE UNIQUE INDEX uq_assignment_one_lead ON assignment (task_id) WHERE role = 'LEAD';
CREATE INDEX ix_assignment_agency ON assignment (agency_id, due_on);
