-- Staff sessions live on the server, so that signing out, a password change or a
-- disabled account ends them at once. The cookie carries a random token; only its
-- SHA-256 is kept here.
CREATE TABLE staff_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL
);
CREATE INDEX staff_sessions_user ON staff_sessions (user_id);
CREATE INDEX staff_sessions_last_seen ON staff_sessions (last_seen_at);

-- When the manage link was last mailed again to someone who registered twice:
-- at most once an hour, so the form cannot be used to flood an inbox.
ALTER TABLE registrations ADD COLUMN link_resent_at TIMESTAMP;
