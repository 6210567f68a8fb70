-- Attachments: files that belong to exactly one record — a plan (its signed text, kind SIGNED_PLAN, or any other
-- file), a report or an indicator value (evidence). The row describes the file (name, the media type detected from
-- its content, size, SHA-256, who uploaded it); the bytes live behind attachment.AttachmentStore.
--
-- The owners' foreign keys do not cascade: deleting a record that still has files is refused (409
-- STILL_REFERENCED), so every file leaves through its own audited deletion, never silently with its owner.
CREATE SEQUENCE attachment_seq START 1 INCREMENT 50;
CREATE TABLE attachment (
    id                 bigint       PRIMARY KEY,
    version            integer      NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    document_id        bigint       REFERENCES document (id),
    report_id          bigint       REFERENCES report (id),
    indicator_value_id bigint       REFERENCES indicator_value (id),
    kind               varchar(20)  NOT NULL CHECK (kind IN ('SIGNED_PLAN', 'EVIDENCE', 'OTHER')),
    name               varchar(255) NOT NULL,
    media_type         varchar(100) NOT NULL,
    size_bytes         bigint       NOT NULL CHECK (size_bytes > 0),
    sha256             varchar(64)  NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by        varchar(255) NOT NULL,
    uploaded_by_name   varchar(255) NOT NULL,
    CONSTRAINT ck_attachment_one_owner CHECK (num_nonnulls(document_id, report_id, indicator_value_id) = 1),
    -- a signed plan belongs to a plan; a report's or a value's files are evidence
    CONSTRAINT ck_attachment_kind CHECK ((document_id IS NOT NULL) = (kind IN ('SIGNED_PLAN', 'OTHER')))
);
CREATE INDEX ix_attachment_document ON attachment (document_id) WHERE document_id IS NOT NULL;
CREATE INDEX ix_attachment_report ON attachment (report_id) WHERE report_id IS NOT NULL;
CREATE INDEX ix_attachment_value ON attachment (indicator_value_id) WHERE indicator_value_id IS NOT NULL;

-- The bytes of the database's AttachmentStore, in chunks of at most 256 KiB: written and read one chunk at a time,
-- so neither an upload nor a download holds a whole file in memory (a single bytea value is always read whole by
-- the JDBC driver). PDFs, images and office files are compressed already: stored as they are, not compressed again.
-- The store deletes a file's chunks itself before its row goes (no cascade: an object store has none either).
CREATE TABLE attachment_chunk (
    attachment_id bigint  NOT NULL REFERENCES attachment (id),
    seq           integer NOT NULL,
    bytes         bytea   NOT NULL,
    PRIMARY KEY (attachment_id, seq)
);
ALTER TABLE attachment_chunk ALTER COLUMN bytes SET STORAGE EXTERNAL;
