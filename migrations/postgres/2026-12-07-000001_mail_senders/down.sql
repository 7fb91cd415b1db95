ALTER TABLE outbox RESET (toast_tuple_target);
ALTER TABLE outbox DROP COLUMN claimed_by;
