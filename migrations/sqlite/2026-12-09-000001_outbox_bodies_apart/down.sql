DROP INDEX outbox_pending;
ALTER TABLE outbox ADD COLUMN body_text TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN body_html TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN attachment_body TEXT;
UPDATE outbox SET
    body_text = COALESCE((SELECT b.body_text FROM outbox_bodies b WHERE b.message_id = outbox.message_id), ''),
    body_html = COALESCE((SELECT b.body_html FROM outbox_bodies b WHERE b.message_id = outbox.message_id), ''),
    attachment_body = (SELECT b.attachment_body FROM outbox_bodies b WHERE b.message_id = outbox.message_id);
DROP TABLE outbox_bodies;
