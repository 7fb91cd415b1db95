-- Agendas, slides, minutes, photos and links of an event or a group. Files are kept
-- in the database so that every instance on a shared database serves them.
CREATE TABLE materials (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id BIGINT NOT NULL REFERENCES thematic_groups (id) ON DELETE CASCADE,
    event_id BIGINT REFERENCES events (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('agenda', 'slides', 'minutes', 'report', 'photo',
        'video', 'attendance_sheet', 'other')),
    language TEXT,
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'participants', 'staff')),
    url TEXT,
    file_name TEXT,
    content_type TEXT,
    size BIGINT,
    data BLOB,
    created_by BIGINT REFERENCES staff_users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    CHECK ((url IS NULL) <> (data IS NULL))
);
CREATE INDEX materials_event ON materials (event_id);
CREATE INDEX materials_group ON materials (group_id);
CREATE INDEX materials_created_by ON materials (created_by);
