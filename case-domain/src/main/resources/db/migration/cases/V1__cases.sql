-- Cases: reference data, the priority matrix, assignment rules, cases, their followers and history.
-- Users, customers, products and teams are identity's: referred to by id only. The names shown
-- beside a case are kept here too, so lists sort and page in one table; identity's NameChanged
-- events keep them current.

-- EclipseLink takes a sequence value as the top of a block of 50; the seeded rows below keep the
-- ids under 1000, so these two start their first block at 1001.
CREATE SEQUENCE reference_value_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE assignment_rule_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE support_case_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_event_seq START WITH 50 INCREMENT BY 50;
-- The numbers people quote; never reused, shown with 8 digits (00002001).
CREATE SEQUENCE case_number_seq START WITH 2001;

CREATE TABLE reference_value (
    id       BIGINT PRIMARY KEY,
    kind     VARCHAR(16)  NOT NULL CHECK (kind IN ('TYPE', 'URGENCY', 'IMPACT', 'SUBJECT')),
    code     VARCHAR(40)  NOT NULL,
    label_da VARCHAR(100) NOT NULL,
    label_en VARCHAR(100) NOT NULL,
    position INT          NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    version  BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (kind, code)
);

INSERT INTO reference_value (id, kind, code, label_da, label_en, position) VALUES
    (1,  'TYPE',    'ERROR',           'Fejl',                          'Error',                   1),
    (2,  'TYPE',    'QUESTION',        'Spørgsmål',                     'Question',                2),
    (3,  'TYPE',    'CHANGE_REQUEST',  'Ændringsønske',                 'Change request',          3),
    (4,  'TYPE',    'SERVICE_REQUEST', 'Servicebestilling',             'Service request',         4),
    (5,  'URGENCY', 'CRITICAL',        'Kritisk fejl',                  'Critical error',          1),
    (6,  'URGENCY', 'MAJOR',           'Alvorlig fejl',                 'Major error',             2),
    (7,  'URGENCY', 'MINOR',           'Mindre fejl',                   'Minor error',             3),
    (8,  'URGENCY', 'NONE',            'Ingen fejl',                    'No error',                4),
    (9,  'IMPACT',  'HIGH',            '100-50% af brugerne påvirket',  '100-50% users affected',  1),
    (10, 'IMPACT',  'MEDIUM',          '50-10% af brugerne påvirket',   '50-10% users affected',   2),
    (11, 'IMPACT',  'LOW',             '10-0% af brugerne påvirket',    '10-0% users affected',    3),
    (12, 'SUBJECT', 'CONSULTANCY',     'Konsulentbistand',              'Consultancy',             1),
    (13, 'SUBJECT', 'SETUP',           'Opsætning',                     'Setup',                   2),
    (14, 'SUBJECT', 'INTEGRATION',     'Integration',                   'Integration',             3),
    (15, 'SUBJECT', 'BUG_FIX',         'Fejlrettelse',                  'Bug fix',                 4),
    (16, 'SUBJECT', 'OTHER',           'Andet',                         'Other',                   5);

-- Priority from urgency × impact; administrators may change the matrix.
CREATE TABLE priority_matrix (
    urgency_id BIGINT     NOT NULL REFERENCES reference_value (id),
    impact_id  BIGINT     NOT NULL REFERENCES reference_value (id),
    priority   VARCHAR(8) NOT NULL CHECK (priority IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    PRIMARY KEY (urgency_id, impact_id)
);

INSERT INTO priority_matrix (urgency_id, impact_id, priority) VALUES
    (5, 9, 'CRITICAL'), (5, 10, 'CRITICAL'), (5, 11, 'HIGH'),
    (6, 9, 'HIGH'),     (6, 10, 'HIGH'),     (6, 11, 'MEDIUM'),
    (7, 9, 'MEDIUM'),   (7, 10, 'MEDIUM'),   (7, 11, 'LOW'),
    (8, 9, 'LOW'),      (8, 10, 'LOW'),      (8, 11, 'LOW');

-- Ordered rules: the first whose conditions (each optional) all match a new case routes it.
-- The fallback rule always exists and matches everything; without a team it leaves the case
-- unassigned until an administrator gives it one.
CREATE TABLE assignment_rule (
    id          BIGINT PRIMARY KEY,
    position    INT     NOT NULL,
    customer_id BIGINT,
    product_id  BIGINT,
    type_id     BIGINT REFERENCES reference_value (id),
    subject_id  BIGINT REFERENCES reference_value (id),
    urgency_id  BIGINT REFERENCES reference_value (id),
    team_id     BIGINT,
    owner_id    BIGINT,
    fallback    BOOLEAN NOT NULL DEFAULT FALSE,
    version     BIGINT  NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX assignment_rule_single_fallback ON assignment_rule (fallback) WHERE fallback;
INSERT INTO assignment_rule (id, position, fallback) VALUES (1, 1000000, TRUE);

CREATE TABLE support_case (
    id            BIGINT PRIMARY KEY,
    case_number   BIGINT       NOT NULL UNIQUE,
    customer_id   BIGINT       NOT NULL,
    customer_name VARCHAR(200) NOT NULL,
    product_id    BIGINT       NOT NULL,
    product_name  VARCHAR(200) NOT NULL,
    type_id       BIGINT       NOT NULL REFERENCES reference_value (id),
    urgency_id    BIGINT       NOT NULL REFERENCES reference_value (id),
    impact_id     BIGINT       NOT NULL REFERENCES reference_value (id),
    subject_id    BIGINT       NOT NULL REFERENCES reference_value (id),
    title         VARCHAR(255) NOT NULL CHECK (char_length(title) BETWEEN 1 AND 255),
    description   TEXT         NOT NULL CHECK (char_length(description) <= 32000),
    private_case  BOOLEAN      NOT NULL,
    status        VARCHAR(24)  NOT NULL
        CHECK (status IN ('NEW', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'SOLVED', 'CLOSED')),
    priority      VARCHAR(8)   NOT NULL CHECK (priority IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    team_id       BIGINT,
    team_name     VARCHAR(200),
    owner_id      BIGINT,
    owner_name    VARCHAR(200),
    contact_id    BIGINT       NOT NULL,
    contact_name  VARCHAR(200) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX support_case_customer_updated_idx ON support_case (customer_id, updated_at DESC);
CREATE INDEX support_case_updated_idx ON support_case (updated_at DESC);
CREATE INDEX support_case_team_idx ON support_case (team_id, updated_at DESC);
CREATE INDEX support_case_owner_idx ON support_case (owner_id, updated_at DESC);
CREATE INDEX support_case_contact_idx ON support_case (contact_id);

-- Followers are informed about the case; its creator always follows it.
CREATE TABLE case_follower (
    case_id BIGINT NOT NULL REFERENCES support_case (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_follower_user_idx ON case_follower (user_id, case_id);

-- The case's history, in the order it happened.
CREATE TABLE case_event (
    id          BIGINT PRIMARY KEY,
    case_id     BIGINT       NOT NULL REFERENCES support_case (id) ON DELETE CASCADE,
    occurred_at TIMESTAMPTZ  NOT NULL,
    actor_id    BIGINT,
    actor_name  VARCHAR(200),
    kind        VARCHAR(24)  NOT NULL CHECK (kind IN ('CREATED', 'ASSIGNED_BY_RULE')),
    team_name   VARCHAR(200),
    owner_name  VARCHAR(200),
    rule_id     BIGINT
);
CREATE INDEX case_event_case_idx ON case_event (case_id, occurred_at, id);
