-- The whole clustercord schema. Instants are UTC in TIMESTAMP columns; an event's
-- IANA zone is kept beside them as text. Email identities are compared through the
-- lower-cased *_key columns.

CREATE TABLE thematic_groups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    coordinating_organisation TEXT,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE organisation_kinds (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

INSERT INTO organisation_kinds (code, name) VALUES
    ('company', 'Company'),
    ('cluster', 'Cluster manager'),
    ('agency', 'Regional development agency'),
    ('research', 'University or research centre'),
    ('chamber', 'Chamber of commerce'),
    ('public_authority', 'Public authority'),
    ('other', 'Other');

CREATE TABLE staff_users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator')),
    created_at TIMESTAMP NOT NULL,
    disabled_at TIMESTAMP
);

CREATE TABLE staff_groups (
    user_id BIGINT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    group_id BIGINT NOT NULL REFERENCES thematic_groups (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, group_id)
);

CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP
);

CREATE TABLE members (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id BIGINT NOT NULL REFERENCES thematic_groups (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    organisation_kind TEXT REFERENCES organisation_kinds (code),
    unsubscribe_token TEXT NOT NULL UNIQUE,
    unsubscribed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (group_id, email_key)
);

CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id BIGINT NOT NULL REFERENCES thematic_groups (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('exchange_forum', 'study_visit')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'cancelled')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    timezone TEXT NOT NULL,
    venue_name TEXT NOT NULL DEFAULT '',
    venue_address TEXT NOT NULL DEFAULT '',
    venue_city TEXT NOT NULL DEFAULT '',
    venue_country TEXT NOT NULL,
    host_organisation TEXT,
    capacity INTEGER CHECK (capacity IS NULL OR capacity >= 1),
    country_cap INTEGER CHECK (country_cap IS NULL OR country_cap >= 1),
    registration_deadline TIMESTAMP,
    -- Counters kept in step with registrations, so that a seat is taken by one
    -- conditional UPDATE that no concurrent request can overtake.
    confirmed_count INTEGER NOT NULL DEFAULT 0,
    waitlisted_count INTEGER NOT NULL DEFAULT 0,
    -- RFC 5545 SEQUENCE: raised on every change of time or venue.
    sequence INTEGER NOT NULL DEFAULT 0,
    reply_to TEXT,
    created_by BIGINT REFERENCES staff_users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP,
    cancelled_at TIMESTAMP,
    CHECK (ends_at > starts_at)
);
CREATE INDEX events_group_starts ON events (group_id, starts_at);
CREATE INDEX events_status_starts ON events (status, starts_at);

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    title TEXT NOT NULL,
    speaker TEXT,
    place TEXT,
    UNIQUE (event_id, position)
);

-- Confirmed seats per country of an event, for the delegation cap.
CREATE TABLE event_country_seats (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    confirmed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, country)
);

CREATE TABLE registrations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    organisation_kind TEXT REFERENCES organisation_kinds (code),
    note TEXT,
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
    manage_token TEXT NOT NULL UNIQUE,
    attendance TEXT CHECK (attendance IS NULL OR attendance IN ('attended', 'no_show')),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    confirmed_at TIMESTAMP,
    cancelled_at TIMESTAMP
);
-- One active registration per person and event: the database, not a prior check,
-- stops a second seat for the same address.
CREATE UNIQUE INDEX registrations_one_active_per_email
    ON registrations (event_id, email_key) WHERE status <> 'cancelled';
CREATE INDEX registrations_event_status ON registrations (event_id, status, id);

CREATE TABLE invitations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    member_id BIGINT REFERENCES members (id) ON DELETE SET NULL,
    name TEXT,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    token TEXT NOT NULL UNIQUE,
    invited_at TIMESTAMP NOT NULL,
    sent_count INTEGER NOT NULL DEFAULT 1,
    declined_at TIMESTAMP,
    UNIQUE (event_id, email_key)
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    reply_to TEXT,
    list_unsubscribe TEXT,
    attachment_name TEXT,
    attachment_content_type TEXT,
    attachment_body TEXT,
    -- Set for mail that must go out at most once per cause (reminders).
    dedup_key TEXT UNIQUE,
    event_id BIGINT REFERENCES events (id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    locked_until TIMESTAMP,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

CREATE TABLE outbox_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    outbox_id BIGINT NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    attempted_at TIMESTAMP NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('sent', 'retry', 'failed')),
    error TEXT
);
CREATE INDEX outbox_attempts_outbox ON outbox_attempts (outbox_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TIMESTAMP NOT NULL,
    actor_user_id BIGINT REFERENCES staff_users (id) ON DELETE SET NULL,
    actor_email TEXT,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
