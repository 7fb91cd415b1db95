-- Which meetings each participant's calendar was sent (and when they were then), so that a later
-- publication takes back (STATUS:CANCELLED) the entries of meetings dropped since.
CREATE TABLE b2b_sent_entries (
    profile_id BIGINT NOT NULL REFERENCES b2b_profiles (id) ON DELETE CASCADE,
    request_id BIGINT NOT NULL REFERENCES b2b_requests (id) ON DELETE CASCADE,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    PRIMARY KEY (profile_id, request_id)
);
CREATE INDEX b2b_sent_entries_request ON b2b_sent_entries (request_id);
