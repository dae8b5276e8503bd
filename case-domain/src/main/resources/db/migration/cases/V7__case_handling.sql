-- The case after it was created: agents change status, team, owner and classification; customers
-- mark their case solved and reopen it within a period after it was solved; followers are added
-- and removed. Every change is in the case's history, an update with the fields it changed.

ALTER TABLE support_case ADD COLUMN solved_at TIMESTAMPTZ;

-- Whether the actor was the vendor's staff, for "(Kunde)" / "(Leverandør)" beside their name;
-- null for what the portal did itself.
ALTER TABLE case_event ADD COLUMN vendor_side BOOLEAN;
UPDATE case_event SET vendor_side = FALSE WHERE kind = 'CREATED';

ALTER TABLE case_event DROP CONSTRAINT case_event_kind_check;
ALTER TABLE case_event ADD CONSTRAINT case_event_kind_check
    CHECK (kind IN ('CREATED', 'ASSIGNED_BY_RULE', 'UPDATED', 'FILE_ADDED', 'FILE_REMOVED',
                    'FOLLOWER_ADDED', 'FOLLOWER_REMOVED'));

-- The fields an update changed, old → new, in the order they are shown. Values as stored on the
-- case: a status or priority name, a reference value's id, a team's or owner's name.
CREATE TABLE case_event_change (
    event_id  BIGINT       NOT NULL REFERENCES case_event (id) ON DELETE CASCADE,
    position  INT          NOT NULL,
    field     VARCHAR(16)  NOT NULL
        CHECK (field IN ('STATUS', 'TEAM', 'OWNER', 'TYPE', 'URGENCY', 'IMPACT', 'SUBJECT', 'PRIORITY')),
    old_value VARCHAR(255),
    new_value VARCHAR(255),
    PRIMARY KEY (event_id, position)
);
