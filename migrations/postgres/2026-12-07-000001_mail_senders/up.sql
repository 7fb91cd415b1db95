-- Which sender process holds a message's claim. A sender holds a session-level
-- advisory lock while it lives, so a claim whose sender has no lock any more is
-- free at once, instead of when its lease runs out.
ALTER TABLE outbox ADD COLUMN claimed_by BIGINT;
-- A message is about 3 kB, over the 2 kB at which PostgreSQL compresses a row
-- (pglz) or moves its longest value out of line: a cost on every sign-up's insert
-- for a row that is read once. Rows are left whole up to a page.
ALTER TABLE outbox SET (toast_tuple_target = 8160);
