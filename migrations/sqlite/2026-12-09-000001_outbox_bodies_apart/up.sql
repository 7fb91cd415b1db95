-- The bodies apart from the row the sender updates twice (see the PostgreSQL
-- migration): SQLite rewrote the whole record, bodies included, on each update.
CREATE TABLE outbox_bodies (
    message_id TEXT PRIMARY KEY REFERENCES outbox (message_id) ON DELETE CASCADE,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    attachment_body TEXT
);
INSERT INTO outbox_bodies (message_id, body_text, body_html, attachment_body)
    SELECT message_id, body_text, body_html, attachment_body FROM outbox;
ALTER TABLE outbox DROP COLUMN body_text;
ALTER TABLE outbox DROP COLUMN body_html;
ALTER TABLE outbox DROP COLUMN attachment_body;
-- The queue the senders claim from: pending messages in the order they are due.
CREATE INDEX outbox_pending ON outbox (next_attempt_at, id) WHERE status = 'pending';
