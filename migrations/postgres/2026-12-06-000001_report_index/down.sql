DROP INDEX registrations_report;
CREATE INDEX registrations_report ON registrations (event_id, status, attendance, country, organisation_id, email_key);
