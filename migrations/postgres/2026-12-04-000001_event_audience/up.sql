-- Who an event is for: closed (invited or registered participants), public (anyone),
-- internal (the project's own meetings, never counted in indicators).
ALTER TABLE events ADD COLUMN audience TEXT NOT NULL DEFAULT 'closed'
    CHECK (audience IN ('closed', 'public', 'internal'));
