ALTER TABLE registrations DROP COLUMN link_resent_at;
DROP TABLE staff_sessions;
