-- The outbox: every mail the portal sends is first a row here, written in the same transaction as
-- the change it is about, and sent after commit by the dispatcher.

CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbox_message (
    id              BIGINT PRIMARY KEY,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    text_body       TEXT          NOT NULL,
    html_body       TEXT,
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ   NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMPTZ   NOT NULL,
    sent_at         TIMESTAMPTZ,
    version         BIGINT        NOT NULL DEFAULT 0
);
-- The dispatcher's question: what is due now?
CREATE INDEX outbox_message_due_idx ON outbox_message (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbox_message_created_idx ON outbox_message (created_at DESC);
