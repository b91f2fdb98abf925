package ru.mentoring.app.deadlines;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * db-scheduler's table as the keyed deadline manager reads and deletes it. Runs on the application's data source,
 * so inside a command it is the command's transaction. Ranges are compared byte by byte ({@code ~>=~},
 * {@code ~<~}: the operators of the {@code text_pattern_ops} index of migration V2026_12_04_21), which holds with
 * a bound range where a {@code LIKE} with a parameter would not use the index once PostgreSQL plans it generically.
 * A deadline being executed (picked) is left alone, as Axon's own cancellation leaves it.
 */
final class ScheduledDeadlines {

    private final JdbcTemplate jdbc;
    private final String taskName;

    ScheduledDeadlines(JdbcTemplate jdbc, String taskName) {
        this.jdbc = jdbc;
        this.taskName = taskName;
    }

    /** Deletes the deadlines waiting under ids from {@code from} (inclusive) up to {@code until} (exclusive). */
    int deleteRange(String from, String until) {
        return jdbc.update("""
                DELETE FROM scheduled_tasks
                 WHERE task_name = ? AND task_instance ~>=~ ? AND task_instance ~<~ ? AND NOT picked""",
                taskName, from, until);
    }

    /** Deletes the deadlines waiting in the range whose ids end with {@code suffix}. */
    int deleteRangeEndingWith(String from, String until, String suffix) {
        return jdbc.update("""
                DELETE FROM scheduled_tasks
                 WHERE task_name = ? AND task_instance ~>=~ ? AND task_instance ~<~ ? AND NOT picked
                   AND right(task_instance, length(?)) = ?""", taskName, from, until, suffix, suffix);
    }

    /** Deletes the deadline waiting under exactly this id. */
    int delete(String instanceId) {
        return jdbc.update("DELETE FROM scheduled_tasks WHERE task_name = ? AND task_instance = ? AND NOT picked",
                taskName, instanceId);
    }

    /**
     * Whether a deadline scheduled before the keys (a bare random id, without a separator) still waits: only then
     * must a cancellation also read the deadlines one by one. A partial index holds just those rows.
     */
    boolean anyUnkeyed() {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM scheduled_tasks
                                WHERE task_name = ? AND strpos(task_instance, '|') = 0)""", Boolean.class, taskName));
    }
}
