-- The language a staff member's pages and mail are in, unless their browser chose
-- another (the switcher's cookie); empty: their browser's.
ALTER TABLE staff_users ADD COLUMN language TEXT;
