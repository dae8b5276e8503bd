-- Posts on a case's feed ("Indlæg"): what the customer and the vendor write to each other, and
-- the vendor's internal notes, which customers never see. The HTML is stored as cleaned on the
-- server (an allowlist); its text beside it is what the feed's search looks in.
CREATE SEQUENCE case_post_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_post (
    id          BIGINT PRIMARY KEY,
    case_id     BIGINT       NOT NULL REFERENCES support_case (id) ON DELETE CASCADE,
    author_id   BIGINT       NOT NULL,
    author_name VARCHAR(200) NOT NULL,
    vendor_side BOOLEAN      NOT NULL,
    internal    BOOLEAN      NOT NULL DEFAULT FALSE,
    body_html   TEXT         NOT NULL,
    body_text   TEXT         NOT NULL,
    posted_at   TIMESTAMPTZ  NOT NULL,
    CHECK (vendor_side OR NOT internal)
);

CREATE INDEX case_post_case_idx ON case_post (case_id, posted_at DESC, id DESC);
