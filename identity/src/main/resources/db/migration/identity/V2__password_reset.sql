-- Password reset links: only a hash of the token is stored, so a copy of the database cannot be
-- used to reset anyone's password.
CREATE SEQUENCE password_reset_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE password_reset (
    id         BIGINT PRIMARY KEY,
    user_id    BIGINT       NOT NULL REFERENCES app_user (id),
    token_hash VARCHAR(64)  NOT NULL UNIQUE,
    created_at TIMESTAMPTZ  NOT NULL,
    expires_at TIMESTAMPTZ  NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX password_reset_user_idx ON password_reset (user_id, created_at DESC);
