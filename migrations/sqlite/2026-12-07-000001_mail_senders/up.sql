-- Which sender process holds a message's claim (see the PostgreSQL migration; one
-- SQLite process releases its own claims when it starts).
ALTER TABLE outbox ADD COLUMN claimed_by BIGINT;
