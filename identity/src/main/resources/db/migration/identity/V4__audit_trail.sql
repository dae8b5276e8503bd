-- The audit trail: administrative changes, sign-ins and refused access, append-only.
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_event (
    id           BIGINT PRIMARY KEY,
    occurred_at  TIMESTAMPTZ   NOT NULL,
    actor_id     BIGINT,
    actor        VARCHAR(254),
    address      VARCHAR(64),
    action       VARCHAR(32)   NOT NULL,
    target       VARCHAR(300),
    before_value VARCHAR(1000),
    after_value  VARCHAR(1000)
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at DESC);

-- Nobody changes or removes history, not even the application.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
