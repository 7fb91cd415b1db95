DROP INDEX outbox_pending;
ALTER TABLE outbox
    ADD COLUMN body_text TEXT NOT NULL DEFAULT '',
    ADD COLUMN body_html TEXT NOT NULL DEFAULT '',
    ADD COLUMN attachment_body TEXT;
UPDATE outbox SET body_text = b.body_text, body_html = b.body_html, attachment_body = b.attachment_body
    FROM outbox_bodies b WHERE b.message_id = outbox.message_id;
ALTER TABLE outbox ALTER COLUMN body_text DROP DEFAULT, ALTER COLUMN body_html DROP DEFAULT;
ALTER TABLE outbox SET (toast_tuple_target = 8160);
DROP TABLE outbox_bodies;
