DROP TABLE report_snapshot_groups;
DROP TABLE report_snapshots;
DROP TABLE reporting_periods;
DROP INDEX registrations_report;
DROP INDEX members_organisation;
DROP INDEX registrations_organisation;
ALTER TABLE members DROP COLUMN organisation_id;
ALTER TABLE registrations DROP COLUMN organisation_id;
DROP TABLE organisations;
