DROP INDEX registrations_event_email;
DROP INDEX api_tokens_user;
DROP INDEX staff_groups_group;
DROP INDEX audit_log_actor;
DROP INDEX events_created_by;
DROP INDEX invitations_member;
DROP INDEX outbox_event;
