-- Password reset links and invitation links are the same thing with a different purpose and
-- lifetime: a single-use link to set a password.
ALTER TABLE password_reset RENAME TO password_link;
ALTER SEQUENCE password_reset_seq RENAME TO password_link_seq;
ALTER INDEX password_reset_user_idx RENAME TO password_link_user_idx;
ALTER TABLE password_link
    ADD COLUMN purpose VARCHAR(16) NOT NULL DEFAULT 'RESET' CHECK (purpose IN ('RESET', 'INVITATION'));
ALTER TABLE password_link ALTER COLUMN purpose DROP DEFAULT;
