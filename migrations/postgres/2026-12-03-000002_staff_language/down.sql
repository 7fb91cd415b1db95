ALTER TABLE staff_users DROP COLUMN language;
