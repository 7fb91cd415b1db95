-- Every foreign key gets an index on its child column, so that deleting (or
-- changing the key of) a parent never scans the child table.
CREATE INDEX outbox_event ON outbox (event_id);
CREATE INDEX invitations_member ON invitations (member_id);
CREATE INDEX events_created_by ON events (created_by);
CREATE INDEX audit_log_actor ON audit_log (actor_user_id);
CREATE INDEX staff_groups_group ON staff_groups (group_id);
CREATE INDEX api_tokens_user ON api_tokens (user_id);
-- Looking up an address's registration binds the status it excludes, so
-- PostgreSQL's generic plan cannot use the partial unique index for it and
-- scanned the event's registrations instead.
CREATE INDEX registrations_event_email ON registrations (event_id, email_key);
