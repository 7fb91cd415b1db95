DROP TABLE action_events;
DROP TABLE action_owners;
DROP TABLE key_actions;
DROP TABLE plan_versions;
DROP TABLE plans;
