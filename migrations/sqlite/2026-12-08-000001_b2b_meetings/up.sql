-- B2B meetings at a forum: one session per event, the profiles of confirmed
-- participants who opt in, their requests to meet, and the meetings the scheduler
-- placed at (slot, table).
CREATE TABLE b2b_sessions (
    event_id BIGINT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    slot_minutes INTEGER NOT NULL CHECK (slot_minutes > 0),
    tables INTEGER NOT NULL CHECK (tables > 0),
    requests_close_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP,
    outcomes_asked_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL
);
-- `available` is a bit set of slot indexes (bit i: slot i); -1, every bit, is
-- "every slot", also those a longer session adds later.
CREATE TABLE b2b_profiles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    registration_id BIGINT NOT NULL UNIQUE REFERENCES registrations (id) ON DELETE CASCADE,
    offers TEXT NOT NULL,
    seeks TEXT NOT NULL,
    available BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX b2b_profiles_event ON b2b_profiles (event_id);
CREATE TABLE b2b_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    from_profile BIGINT NOT NULL REFERENCES b2b_profiles (id) ON DELETE CASCADE,
    to_profile BIGINT NOT NULL REFERENCES b2b_profiles (id) ON DELETE CASCADE,
    message TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'declined')),
    created_at TIMESTAMP NOT NULL,
    answered_at TIMESTAMP,
    reminded_at TIMESTAMP,
    CHECK (from_profile <> to_profile),
    UNIQUE (from_profile, to_profile)
);
CREATE INDEX b2b_requests_event ON b2b_requests (event_id);
CREATE INDEX b2b_requests_to ON b2b_requests (to_profile);
CREATE TABLE b2b_meetings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    request_id BIGINT NOT NULL UNIQUE REFERENCES b2b_requests (id) ON DELETE CASCADE,
    slot INTEGER NOT NULL,
    table_number INTEGER NOT NULL,
    locked BOOLEAN NOT NULL,
    outcome_from TEXT CHECK (outcome_from IN ('no_contact', 'in_contact', 'agreement')),
    outcome_to TEXT CHECK (outcome_to IN ('no_contact', 'in_contact', 'agreement')),
    key_action_id BIGINT REFERENCES key_actions (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);
-- No unique (slot, table): a new plan moves meetings in any order; the scheduler
-- and the hand move check the rules behind the event's lock.
CREATE INDEX b2b_meetings_event ON b2b_meetings (event_id);
CREATE INDEX b2b_meetings_key_action ON b2b_meetings (key_action_id);
