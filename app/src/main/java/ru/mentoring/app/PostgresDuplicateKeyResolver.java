package ru.mentoring.app;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon's event store when an append broke a unique key, so that it raises an
 * {@code AggregateStreamCreationException} (an aggregate created twice) or a {@code ConcurrencyException}
 * (two commands on one aggregate at once) instead of a bare storage error. Axon's default resolver misses
 * PostgreSQL's {@code 23505} when the driver reports it inside a batch update, which is how the event store
 * appends.
 */
class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException exception) {
        for (SQLException next = exception; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
