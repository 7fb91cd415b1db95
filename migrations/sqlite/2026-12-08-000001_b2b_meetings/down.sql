DROP TABLE b2b_meetings;
DROP TABLE b2b_requests;
DROP TABLE b2b_profiles;
DROP TABLE b2b_sessions;
