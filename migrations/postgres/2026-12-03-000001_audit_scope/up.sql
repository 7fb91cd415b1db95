-- What an audit entry is about, for the log's filters and for coordinators, who
-- read the entries of their own groups: the group and, when there is one, the event.
ALTER TABLE audit_log ADD COLUMN group_id BIGINT;
ALTER TABLE audit_log ADD COLUMN event_id BIGINT;
-- Earlier entries name them in their subject ("event 12", "registration 3 (event 12)",
-- "members of group ict").
UPDATE audit_log SET event_id = CAST(substring(subject FROM 'event ([0-9]+)') AS BIGINT)
    WHERE subject ~ 'event [0-9]+';
UPDATE audit_log a SET group_id = e.group_id FROM events e WHERE e.id = a.event_id;
UPDATE audit_log a SET group_id = g.id FROM thematic_groups g
    WHERE a.group_id IS NULL AND a.subject LIKE '%group ' || g.slug;
CREATE INDEX audit_log_group ON audit_log (group_id, id);
