-- Imports of indicator values (valueimport). An import is audited as ONE audit_log entry (entity
-- 'indicator-value-import': who, client, when, the file's SHA-256 and the counts in "after"); the values it replaced
-- are kept beside that entry in audit_previous_value, one row per changed value, written by one set-based INSERT.
-- Append-only like audit_log itself.
CREATE SEQUENCE value_import_seq START 1 INCREMENT 1;
CREATE TABLE audit_previous_value (
    audit_id           bigint      NOT NULL REFERENCES audit_log (id),
    indicator_value_id bigint      NOT NULL,
    -- the stored value as it was before the import changed it (IndicatorValue's field names)
    before             jsonb       NOT NULL,
    PRIMARY KEY (audit_id, indicator_value_id)
);
CREATE INDEX ix_audit_previous_value_value ON audit_previous_value (indicator_value_id);
CREATE TRIGGER tr_audit_previous_value_no_update BEFORE UPDATE OR DELETE ON audit_previous_value
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER tr_audit_previous_value_no_truncate BEFORE TRUNCATE ON audit_previous_value
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_previous_value FROM PUBLIC;

-- Idempotency-Key (IETF httpapi draft): the first request with a key holds it (RUNNING, committed before the work
-- starts, so a second request with the same key sees it at once), then stores its answer (DONE). A key is the
-- caller's own (token subject). Kept at least 24 hours: IdempotencyKeys.purge deletes DONE rows older than the
-- retention; RUNNING rows cannot outlive the process that holds them and are dropped at start-up.
CREATE TABLE idempotency_key (
    subject      varchar(200) NOT NULL,
    key          varchar(255) NOT NULL,
    -- the operation and its parameters (format, mode, dry run…): the same key with other ones is refused
    operation    varchar(100) NOT NULL,
    body_sha256  char(64)     NOT NULL,
    state        varchar(8)   NOT NULL CHECK (state IN ('RUNNING', 'DONE')),
    status       integer,
    content_type varchar(100),
    response     text,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (subject, key),
    CONSTRAINT ck_idempotency_done CHECK ((state = 'DONE') = (status IS NOT NULL))
);
CREATE INDEX ix_idempotency_key_created ON idempotency_key (created_at);
