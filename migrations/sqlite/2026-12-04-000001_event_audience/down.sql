ALTER TABLE events DROP COLUMN audience;
