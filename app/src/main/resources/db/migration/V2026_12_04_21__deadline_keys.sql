-- Deadlines are kept under keys "<name>|<scope>|<schedule id>" (KeyedDeadlineManager): cancelling a name's or a
-- scope's deadlines deletes a range of keys, compared byte by byte, which this index reads directly (the primary
-- key's collation order is not the byte order, so it cannot).
CREATE INDEX scheduled_tasks_key_idx ON scheduled_tasks (task_name, task_instance text_pattern_ops);

-- The deadlines scheduled before the keys (a bare random id): while one waits, cancelling must also read them one
-- by one; this index holds only those, so asking whether any is left costs nothing once they are gone.
CREATE INDEX scheduled_tasks_unkeyed_idx ON scheduled_tasks (task_name) WHERE strpos(task_instance, '|') = 0;
