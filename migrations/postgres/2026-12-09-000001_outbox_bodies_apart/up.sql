-- A message's row is updated twice on its way out (claimed, then sent) and its
-- bodies never. Kept in the row, each of those updates wrote the whole ~3 kB of
-- text, HTML and calendar file again, as a new row version and into the WAL:
-- more than the insert itself. The bodies now live in a table of their own,
-- written once, and the row the sender updates holds only headers and state.
CREATE TABLE outbox_bodies (
    message_id TEXT PRIMARY KEY REFERENCES outbox (message_id) ON DELETE CASCADE,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    attachment_body TEXT
);
-- Rows are left whole up to a page: no pglz compression on every sign-up's
-- insert for a row that is read once (as the outbox had before).
ALTER TABLE outbox_bodies SET (toast_tuple_target = 8160);
INSERT INTO outbox_bodies (message_id, body_text, body_html, attachment_body)
    SELECT message_id, body_text, body_html, attachment_body FROM outbox;
ALTER TABLE outbox
    DROP COLUMN body_text,
    DROP COLUMN body_html,
    DROP COLUMN attachment_body;
ALTER TABLE outbox RESET (toast_tuple_target);
-- The queue the senders claim from: pending messages in the order they are due.
-- Sent ones leave it, so it stays as small as the backlog.
CREATE INDEX outbox_pending ON outbox (next_attempt_at, id) WHERE status = 'pending';
