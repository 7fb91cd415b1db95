-- A group's strategic plan (at most one), its key actions with sub-actions, their
-- owners and linked events, and the versions frozen at each adoption.
CREATE TABLE plans (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id BIGINT NOT NULL UNIQUE REFERENCES thematic_groups (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    -- 'adopted' right after an adoption; any change makes it a 'draft' again.
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'adopted')),
    version INTEGER NOT NULL DEFAULT 0,
    adopted_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL
);

-- The plan as it was adopted, as the API showed it then (JSON), never changed.
CREATE TABLE plan_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    adopted_at TIMESTAMP NOT NULL,
    adopted_by BIGINT REFERENCES staff_users (id) ON DELETE SET NULL,
    snapshot TEXT NOT NULL,
    UNIQUE (plan_id, version)
);
CREATE INDEX plan_versions_adopted_by ON plan_versions (adopted_by);

CREATE TABLE key_actions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    parent_id BIGINT REFERENCES key_actions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    -- A calendar day, YYYY-MM-DD.
    due TEXT,
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
    target_events INTEGER,
    target_participants INTEGER,
    target_organisations INTEGER,
    target_countries INTEGER,
    -- Progress set by hand (0 to 1) and why; null: computed from the linked events.
    progress_manual REAL,
    progress_reason TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX key_actions_plan ON key_actions (plan_id, position);
CREATE INDEX key_actions_parent ON key_actions (parent_id);

CREATE TABLE action_owners (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    action_id BIGINT NOT NULL REFERENCES key_actions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    organisation TEXT NOT NULL,
    country TEXT NOT NULL
);
CREATE INDEX action_owners_action ON action_owners (action_id);

CREATE TABLE action_events (
    action_id BIGINT NOT NULL REFERENCES key_actions (id) ON DELETE CASCADE,
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, event_id)
);
CREATE INDEX action_events_event ON action_events (event_id);
