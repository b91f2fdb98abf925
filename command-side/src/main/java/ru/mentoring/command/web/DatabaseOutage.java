package ru.mentoring.command.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * Tells a database that cannot be reached from any other failure, wherever it surfaces: Spring's
 * transaction manager, the JDBC template, Axon's event store or the security filters all wrap the driver's or the
 * pool's exception differently, so the whole chain of causes is read. Such a request is answered 503 with
 * {@code Retry-After} (the request can simply be sent again, nothing of it was stored), not 500: the caller is
 * not at fault and neither is the code.
 */
public final class DatabaseOutage {

    /** The problem's stable code. */
    public static final String CODE = "database.unavailable";

    /** How long a caller is asked to wait before sending the request again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    public static final String MESSAGE = "База данных временно недоступна; запрос не выполнен, ничего не сохранено. "
            + "Повторите его через несколько секунд.";

    private DatabaseOutage() {
    }

    /** Whether the failure, or anything that caused it, says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof SQLException sql && (connectionLost(sql.getSQLState()) || closedByPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /** The answer of the API: 503, {@code Retry-After} and a problem detail without internals. */
    public static ResponseEntity<ProblemDetail> answer() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, retryAfter())
                .body(problem());
    }

    public static ProblemDetail problem() {
        return ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, CODE, MESSAGE);
    }

    public static String retryAfter() {
        return String.valueOf(RETRY_AFTER.toSeconds());
    }

    /**
     * The pool's answer to a connection it closed under a transaction because the server went away: HikariCP
     * evicts a connection that failed with a connection error, and the transaction's next statement then meets
     * its closed proxy, which says so without any SQLSTATE.
     */
    private static boolean closedByPool(SQLException failure) {
        return failure.getSQLState() == null && "Connection is closed".equals(failure.getMessage());
    }

    /**
     * SQLSTATE class 08 (connection exception) and the server going away under a session: 57P01 (terminated by
     * the administrator, as a fast shutdown does), 57P02 (crash shutdown), 57P03 (not accepting connections yet).
     */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
