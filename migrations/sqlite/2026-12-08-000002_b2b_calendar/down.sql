DROP TABLE b2b_sent_entries;
