DROP INDEX audit_log_group;
ALTER TABLE audit_log DROP COLUMN event_id;
ALTER TABLE audit_log DROP COLUMN group_id;
