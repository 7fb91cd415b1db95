-- Organisations kept once: the name folded for case, spacing and punctuation (key)
-- with the country. A merged organisation stays as a row pointing to the one it
-- became, so that its spelling is matched from then on (an alias).
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL,
    country TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT,
    merged_into BIGINT REFERENCES organisations (id),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (key, country)
);
CREATE INDEX organisations_merged_into ON organisations (merged_into);

-- Filled for the rows already held by the first start after this migration
-- (the folding is Unicode-aware, which SQL is not on both backends).
ALTER TABLE registrations ADD COLUMN organisation_id BIGINT REFERENCES organisations (id);
ALTER TABLE members ADD COLUMN organisation_id BIGINT REFERENCES organisations (id);
CREATE INDEX registrations_organisation ON registrations (organisation_id);
CREATE INDEX members_organisation ON members (organisation_id);
-- What the participation report reads: attended rows of an event, with what it counts.
CREATE INDEX registrations_report ON registrations (event_id, status, attendance, country, organisation_id, email_key);

-- The programme's reporting periods, set by an admin, offered as presets.
CREATE TABLE reporting_periods (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL UNIQUE,
    from_date TEXT NOT NULL,
    to_date TEXT NOT NULL,
    CHECK (from_date <= to_date)
);

-- A participation report frozen as it was computed, for the groups it covered.
CREATE TABLE report_snapshots (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    from_date TEXT NOT NULL,
    to_date TEXT NOT NULL,
    report TEXT NOT NULL,
    created_by BIGINT REFERENCES staff_users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX report_snapshots_created_by ON report_snapshots (created_by);
CREATE TABLE report_snapshot_groups (
    snapshot_id BIGINT NOT NULL REFERENCES report_snapshots (id) ON DELETE CASCADE,
    group_id BIGINT NOT NULL REFERENCES thematic_groups (id) ON DELETE CASCADE,
    PRIMARY KEY (snapshot_id, group_id)
);
CREATE INDEX report_snapshot_groups_group ON report_snapshot_groups (group_id);
