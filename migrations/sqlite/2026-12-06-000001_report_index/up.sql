-- The report's breakdown by kind of organisation reads the kind from the index
-- too, instead of looking up every participation's row.
DROP INDEX registrations_report;
CREATE INDEX registrations_report ON registrations (event_id, status, attendance, country, organisation_kind, organisation_id, email_key);
