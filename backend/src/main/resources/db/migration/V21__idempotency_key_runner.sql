-- The backend process (import job runner, see ImportJobRunners) that holds a RUNNING key: only the keys of a process
-- that is gone are released, never those of a live replica's request. NULL for keys held before this column.
ALTER TABLE idempotency_key ADD COLUMN runner integer;
ALTER TABLE idempotency_key ADD CONSTRAINT ck_idempotency_runner CHECK (state = 'DONE' OR runner IS NOT NULL) NOT VALID;
