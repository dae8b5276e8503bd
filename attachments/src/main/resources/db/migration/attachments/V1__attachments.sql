-- Files attached to cases. A case is referred to by its number only (the case module owns cases);
-- a file uploaded on "Opret en sag" before the case exists belongs to the form's draft until the
-- case is saved, in the same transaction.
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE attachment (
    id               BIGINT PRIMARY KEY,
    -- What addresses and pages show: a random UUID, so ids tell nothing about other files. Kept
    -- as text: EclipseLink binds java.util.UUID as a string, which a uuid column refuses.
    public_id        VARCHAR(36)  NOT NULL UNIQUE,
    case_number      BIGINT,
    draft_id         VARCHAR(36),
    -- Display only; content is stored under the ids above, never under a user's name.
    file_name        VARCHAR(255) NOT NULL,
    content_type     VARCHAR(255) NOT NULL,
    size_bytes       BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256           CHAR(64)     NOT NULL,
    inline_image     BOOLEAN      NOT NULL DEFAULT FALSE,
    scan_state       VARCHAR(16)  NOT NULL CHECK (scan_state IN ('PENDING', 'CLEAN', 'UNSCANNED', 'INFECTED')),
    scan_detail      VARCHAR(255),
    scan_attempts    INT          NOT NULL DEFAULT 0,
    uploaded_by      BIGINT       NOT NULL,
    uploaded_by_name VARCHAR(255) NOT NULL,
    uploaded_at      TIMESTAMPTZ  NOT NULL,
    removed_by       BIGINT,
    removed_by_name  VARCHAR(255),
    removed_at       TIMESTAMPTZ,
    version          BIGINT       NOT NULL DEFAULT 0,
    CHECK (case_number IS NOT NULL OR draft_id IS NOT NULL)
);

CREATE INDEX attachment_case_idx ON attachment (case_number, uploaded_at) WHERE case_number IS NOT NULL;
CREATE INDEX attachment_draft_idx ON attachment (draft_id) WHERE case_number IS NULL;
CREATE INDEX attachment_pending_idx ON attachment (id) WHERE scan_state = 'PENDING';

-- The content, in pieces of at most 1 MiB: written and read one piece at a time, so a file of any
-- size passes through the portal in constant memory.
CREATE TABLE attachment_chunk (
    attachment_id BIGINT NOT NULL REFERENCES attachment (id) ON DELETE CASCADE,
    seq           INT    NOT NULL,
    data          BYTEA  NOT NULL,
    PRIMARY KEY (attachment_id, seq)
);
-- Most attachments are compressed already (zip, png, jpeg, docx); compressing them again costs
-- CPU for nothing.
ALTER TABLE attachment_chunk ALTER COLUMN data SET STORAGE EXTERNAL;
