-- What an audit entry is about, for the log's filters and for coordinators, who
-- read the entries of their own groups: the group and, when there is one, the event.
ALTER TABLE audit_log ADD COLUMN group_id BIGINT;
ALTER TABLE audit_log ADD COLUMN event_id BIGINT;
-- Earlier entries name them in their subject ("event 12", "registration 3 (event 12)",
-- "members of group ict"); CAST keeps the leading digits after "event ".
UPDATE audit_log SET event_id = CAST(substr(subject, instr(subject, 'event ') + 6) AS INTEGER)
    WHERE instr(subject, 'event ') > 0;
UPDATE audit_log SET group_id = (SELECT group_id FROM events WHERE events.id = audit_log.event_id)
    WHERE event_id IS NOT NULL;
UPDATE audit_log SET group_id = (SELECT g.id FROM thematic_groups g WHERE audit_log.subject LIKE '%group ' || g.slug)
    WHERE group_id IS NULL AND instr(subject, 'group ') > 0;
CREATE INDEX audit_log_group ON audit_log (group_id, id);
