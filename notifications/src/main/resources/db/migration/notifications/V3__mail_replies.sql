-- Replies by mail (issue 7): each message read from the replies mailbox is recorded by its key
-- (its Message-ID, or a digest of it when it has none) in the transaction that acts on it, so it
-- is acted on exactly once, also when the portal stops between acting and deleting it from the
-- mailbox. incoming_mail_file: the reply's attachments already stored, one transaction each.
CREATE TABLE incoming_mail (
    message_key VARCHAR(500) PRIMARY KEY,
    sender      VARCHAR(254),
    case_number BIGINT,
    outcome     VARCHAR(32)  NOT NULL,
    detail      VARCHAR(1000),
    received_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE incoming_mail_file (
    message_key VARCHAR(500) NOT NULL,
    file_index  INTEGER      NOT NULL,
    PRIMARY KEY (message_key, file_index)
);
