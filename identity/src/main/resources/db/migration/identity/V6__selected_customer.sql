-- The customer a user last chose under "Vælg kunde", so "Mine sager" opens on it next time.
ALTER TABLE app_user ADD COLUMN selected_customer_id BIGINT REFERENCES customer (id);
