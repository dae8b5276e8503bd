-- Mails about a case's activity (issue 7). Each names the case and the user it is for, so the
-- dispatcher asks again, when it sends, whether they may still see the case; staff_only marks a
-- mail about an internal note. headers: extra mail headers, one "Name: value" per line
-- (threading, unsubscribe). CANCELLED: not sent because the recipient may no longer have it.
ALTER TABLE outbox_message ADD COLUMN case_number BIGINT;
ALTER TABLE outbox_message ADD COLUMN recipient_user_id BIGINT;
ALTER TABLE outbox_message ADD COLUMN staff_only BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE outbox_message ADD COLUMN headers TEXT;
ALTER TABLE outbox_message DROP CONSTRAINT outbox_message_status_check;
ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_status_check
    CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED'));

-- How often a user wants mail about the cases they follow; no row: every update, digest at 7.
CREATE TABLE mail_preference (
    user_id        BIGINT      PRIMARY KEY,
    frequency      VARCHAR(16) NOT NULL CHECK (frequency IN ('EVERY_UPDATE', 'DAILY_DIGEST', 'NONE')),
    digest_hour    SMALLINT    NOT NULL DEFAULT 7 CHECK (digest_hour BETWEEN 0 AND 23),
    last_digest_on DATE,
    version        BIGINT      NOT NULL DEFAULT 0
);

-- Cases a user hears nothing about (muted on the case page or by the mail's unsubscribe link).
CREATE TABLE case_mute (
    user_id     BIGINT      NOT NULL,
    case_number BIGINT      NOT NULL,
    muted_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, case_number)
);

-- Updates waiting for a user's daily digest, already worded in their language.
CREATE SEQUENCE digest_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE digest_item (
    id          BIGINT      PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    case_number BIGINT      NOT NULL,
    case_title  VARCHAR(500) NOT NULL,
    staff_only  BOOLEAN     NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    text_line   TEXT        NOT NULL,
    html_line   TEXT        NOT NULL
);
CREATE INDEX digest_item_user_idx ON digest_item (user_id, occurred_at);

-- The key that signs unsubscribe links; made once, on first use, by the portal.
CREATE TABLE mail_secret (
    id     SMALLINT PRIMARY KEY CHECK (id = 1),
    secret BYTEA    NOT NULL
);
