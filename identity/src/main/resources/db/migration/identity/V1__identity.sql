-- Identity: users, customers, memberships, products, product access, agent teams, sign-in attempts.
-- Ids come from sequences that hand out blocks of 50 (matching allocationSize in the entities);
-- EclipseLink takes the value it gets as the top of its block, so they start at 50.

CREATE SEQUENCE user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE customer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE product_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE team_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sign_in_attempt_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_user (
    id            BIGINT PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    email         VARCHAR(254)  NOT NULL,
    password_hash VARCHAR(255),
    locale        VARCHAR(2)    NOT NULL DEFAULT 'da' CHECK (locale IN ('da', 'en')),
    role          VARCHAR(16)   NOT NULL CHECK (role IN ('CUSTOMER', 'AGENT', 'ADMIN')),
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version       BIGINT        NOT NULL DEFAULT 0
);
-- Email addresses are unique whatever their case.
CREATE UNIQUE INDEX app_user_email_uk ON app_user (lower(email));

CREATE TABLE customer (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    customer_number VARCHAR(32)  NOT NULL UNIQUE,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    version         BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE product (
    id      BIGINT PRIMARY KEY,
    name    VARCHAR(200) NOT NULL UNIQUE,
    active  BOOLEAN      NOT NULL DEFAULT TRUE,
    version BIGINT       NOT NULL DEFAULT 0
);

-- The products a customer has at all; access can only be granted within these.
CREATE TABLE customer_product (
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    product_id  BIGINT NOT NULL REFERENCES product (id),
    PRIMARY KEY (customer_id, product_id)
);

CREATE TABLE membership (
    user_id     BIGINT NOT NULL REFERENCES app_user (id),
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    PRIMARY KEY (user_id, customer_id)
);
CREATE INDEX membership_customer_idx ON membership (customer_id);

CREATE TABLE product_access (
    user_id     BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    product_id  BIGINT NOT NULL,
    PRIMARY KEY (user_id, customer_id, product_id),
    FOREIGN KEY (user_id, customer_id) REFERENCES membership (user_id, customer_id) ON DELETE CASCADE,
    FOREIGN KEY (customer_id, product_id) REFERENCES customer_product (customer_id, product_id) ON DELETE CASCADE
);
CREATE INDEX product_access_customer_product_idx ON product_access (customer_id, product_id);

CREATE TABLE agent_team (
    id      BIGINT PRIMARY KEY,
    name    VARCHAR(200) NOT NULL UNIQUE,
    version BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE team_member (
    team_id BIGINT NOT NULL REFERENCES agent_team (id),
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (team_id, user_id)
);

-- Every sign-in attempt, kept for throttling and (later) the audit trail.
CREATE TABLE sign_in_attempt (
    id           BIGINT PRIMARY KEY,
    email        VARCHAR(254) NOT NULL,
    outcome      VARCHAR(16)  NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'THROTTLED')),
    attempted_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX sign_in_attempt_email_time_idx ON sign_in_attempt (lower(email), attempted_at DESC);
