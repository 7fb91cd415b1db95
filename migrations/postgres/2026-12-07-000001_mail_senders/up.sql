-- Which sender process holds a message's claim. A sender holds a session-level
-- advisory lock while it lives, so a claim whose sender has no lock any more is
-- free at once, instead of when its lease runs out.
ALTER TABLE outbox ADD COLUMN claimed_by BIGINT;
-- A message's bodies are written once and read once by the sender: compressing
-- them (pglz) on every insert costs the sign-up, and saves little on a short mail.
ALTER TABLE outbox
    ALTER COLUMN body_text SET STORAGE EXTERNAL,
    ALTER COLUMN body_html SET STORAGE EXTERNAL,
    ALTER COLUMN attachment_body SET STORAGE EXTERNAL;
