-- Files added to and removed from a case appear in its history (the attachments module keeps the
-- files; the history keeps the name they had).
ALTER TABLE case_event ADD COLUMN detail VARCHAR(255);
ALTER TABLE case_event DROP CONSTRAINT case_event_kind_check;
ALTER TABLE case_event ADD CONSTRAINT case_event_kind_check
    CHECK (kind IN ('CREATED', 'ASSIGNED_BY_RULE', 'FILE_ADDED', 'FILE_REMOVED'));
