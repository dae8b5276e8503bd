-- Customer administrators: a member who manages the users and product access of their own customer.
ALTER TABLE membership ADD COLUMN customer_admin BOOLEAN NOT NULL DEFAULT FALSE;

-- Names people tell apart: no two customers or teams whose names differ only in case.
CREATE UNIQUE INDEX customer_name_uk ON customer (lower(name));
CREATE UNIQUE INDEX agent_team_name_uk ON agent_team (lower(name));
CREATE INDEX team_member_user_idx ON team_member (user_id);
