-- The change feed (GET /api/v1/changes): one row per created, updated or deleted record of the kinds partners
-- synchronise, written in the same transaction as the change (AuditedWrites), so a rolled-back write leaves none.
--
-- Order and completeness: ids and timestamps are taken before commit, so a slow transaction can commit rows below
-- ones a reader has already passed. txid is the writing transaction's id; a reader returns only rows whose txid is
-- below pg_snapshot_xmin(pg_current_snapshot()) — every transaction that could still commit such rows has ended —
-- in (txid, id) order, and its cursor is the last (txid, id) it passed. A late commit is read later, never skipped.
CREATE SEQUENCE change_log_seq START 1 INCREMENT 50;
CREATE TABLE change_log (
    id         bigint      PRIMARY KEY DEFAULT nextval('change_log_seq'),
    txid       xid8        NOT NULL DEFAULT pg_current_xact_id(),
    entity     varchar(40) NOT NULL,
    entity_id  bigint      NOT NULL,
    version    integer     NOT NULL,
    operation  varchar(10) NOT NULL CHECK (operation IN ('CREATED', 'UPDATED', 'DELETED')),
    -- the governing unit when the change was written (null = national): the feed's scope, as the audit trail's
    unit_code  varchar(5),
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX ix_change_log_order ON change_log (txid, id);

-- The database deletes some records by itself: a document's objectives and tasks, an objective's targets, a task's
-- subtasks and assignments (ON DELETE CASCADE). Those rows never pass through the application, so their tombstones
-- are written here, exactly for the rows deleted. A row deleted by a cascade is one whose parent is gone by the time
-- this trigger runs (a cascade's row triggers fire at the end of the deleting statement, at the same trigger depth
-- as a direct delete's); a row the application deleted itself still has its parent and got its tombstone from
-- AuditedWrites. The arguments: the feed's name of the kind, then pairs of parent table and foreign-key column.
-- A cascaded row belongs to the same plan as the record whose deletion started the cascade, whose governing unit
-- AuditedWrites sets for the transaction just before deleting it ('unit:<code>', 'unit:' = national). Without that
-- setting the cascade is refused rather than leaving a tombstone without scope: every delete of these records goes
-- through AuditedWrites.
CREATE FUNCTION change_log_cascaded_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    deleting text := current_setting('childplan.deleting_unit', true);
    parent_id bigint;
    orphaned boolean := false;
BEGIN
    FOR i IN 1 .. TG_NARGS - 1 BY 2 LOOP
        parent_id := (to_jsonb(OLD) ->> TG_ARGV[i + 1])::bigint;
        IF parent_id IS NOT NULL THEN
            EXECUTE format('SELECT NOT EXISTS (SELECT 1 FROM %I WHERE id = $1)', TG_ARGV[i]) INTO orphaned
                USING parent_id;
        END IF;
        EXIT WHEN orphaned;
    END LOOP;
    IF orphaned THEN
        IF deleting IS NULL OR deleting NOT LIKE 'unit:%' THEN
            RAISE EXCEPTION '% % deleted by a cascade outside AuditedWrites: no scope for its tombstone',
                TG_ARGV[0], OLD.id USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        INSERT INTO change_log (entity, entity_id, version, operation, unit_code)
        VALUES (TG_ARGV[0], OLD.id, OLD.version, 'DELETED', nullif(substr(deleting, 6), ''));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER tr_objective_change_log AFTER DELETE ON objective
    FOR EACH ROW EXECUTE FUNCTION change_log_cascaded_delete('objective', 'document', 'document_id');
CREATE TRIGGER tr_target_change_log AFTER DELETE ON target
    FOR EACH ROW EXECUTE FUNCTION change_log_cascaded_delete('target', 'objective', 'objective_id');
CREATE TRIGGER tr_task_change_log AFTER DELETE ON task
    FOR EACH ROW EXECUTE FUNCTION change_log_cascaded_delete('task', 'document', 'document_id', 'task', 'parent_id');
CREATE TRIGGER tr_assignment_change_log AFTER DELETE ON assignment
    FOR EACH ROW EXECUTE FUNCTION change_log_cascaded_delete('assignment', 'task', 'task_id');
