-- The audit trail: who changed what, when, with the record before and after. Written in the same transaction as
-- the change (so a rolled-back write leaves no row) and append-only: the trigger refuses UPDATE and DELETE to
-- every role, the application's included, and TRUNCATE is refused too.
CREATE SEQUENCE audit_log_seq START 1 INCREMENT 50;
CREATE TABLE audit_log (
    id          bigint PRIMARY KEY,
    occurred_at timestamptz  NOT NULL DEFAULT now(),
    subject     varchar(200) NOT NULL,
    user_name   varchar(200),
    client_id   varchar(200),
    entity      varchar(40)  NOT NULL,
    entity_id   bigint       NOT NULL,
    action      varchar(10)  NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    -- the unit whose records the change concerns (null = national), so planners can read their scope's history
    unit_code   varchar(5),
    before      jsonb,
    after       jsonb,
    CONSTRAINT ck_audit_states CHECK ((action = 'CREATE') = (before IS NULL) AND (action = 'DELETE') = (after IS NULL))
);
CREATE INDEX ix_audit_entity ON audit_log (entity, entity_id, occurred_at);
CREATE INDEX ix_audit_subject ON audit_log (subject, occurred_at);
CREATE INDEX ix_audit_time ON audit_log (occurred_at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER tr_audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER tr_audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
