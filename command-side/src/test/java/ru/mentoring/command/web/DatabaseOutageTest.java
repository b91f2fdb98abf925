package ru.mentoring.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void aConnectionFailureIsFoundHoweverDeepItIsWrapped() {
        Throwable pool = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        Throwable axon = new CommandExecutionException("command failed",
                new IllegalStateException("unit of work", new CannotGetJdbcConnectionException("no connection",
                        (SQLException) pool)));

        assertThat(DatabaseOutage.causedBy(axon)).isTrue();
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("no transaction"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new ConnectException("Connection refused"))))
                .isTrue();
    }

    @Test
    void theServerEndingTheSessionCountsAsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("An I/O error occurred", "08006"))).isTrue();
        // the pool closed the broken connection under the transaction: its next statement meets the closed proxy
        assertThat(DatabaseOutage.causedBy(new RuntimeException("Failed to create a SQL statement",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNotAnOutage() {
        assertThat(DatabaseOutage.causedBy(new DuplicateKeyException("duplicate key"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void theAnswerIs503WithRetryAfterAndACode() {
        ResponseEntity<ProblemDetail> answer = DatabaseOutage.answer();

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getBody().getProperties()).containsEntry("code", "database.unavailable");
        assertThat(answer.getBody().getDetail()).startsWith("База данных временно недоступна");
    }
}
