package ru.mentoring.query.support;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Updates a projection's row only when the event is newer than the last one applied to it: each row keeps its
 * aggregate's {@code last_sequence}, so an event delivered again (a stolen token, a replayed batch) changes
 * nothing, counters included.
 */
public final class SequenceGuard {

    private final JdbcClient jdbc;
    private final String table;
    private final String keyColumn;

    public SequenceGuard(JdbcClient jdbc, String table, String keyColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumn = keyColumn;
    }

    /** {@code UPDATE table SET assignments … WHERE key = ? AND last_sequence < sequence}. */
    public void update(Object key, long sequence, String assignments, Object... values) {
        List<Object> params = new ArrayList<>(Arrays.asList(values)); // a value may be null: List.of refuses it
        params.add(sequence);
        params.add(key);
        params.add(sequence);
        jdbc.sql("UPDATE " + table + " SET " + assignments + ", last_sequence = ? WHERE " + keyColumn
                        + " = ? AND last_sequence < ?")
                .params(params)
                .update();
    }
}
