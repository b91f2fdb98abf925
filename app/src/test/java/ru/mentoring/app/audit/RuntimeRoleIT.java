package ru.mentoring.app.audit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.mentoring.app.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's runtime role ({@code mentoring_runtime}, granted after every migration) may read the event
 * store and its hash chain and append to them, and nothing more: PostgreSQL refuses it an UPDATE or a DELETE there
 * (42501), while every other table stays its to write. The schema is migrated as the owner, as a site does.
 */
class RuntimeRoleIT {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final TestDatabase DATABASE = TestDatabase.fresh();

    @BeforeAll
    static void migrateAsTheOwner() {
        DATABASE.migrateAsOwner();
    }

    @Test
    void theRuntimeRoleReadsAndAppendsToTheEventStoreButNeverChangesOrRemovesAnEvent() throws SQLException {
        TestDatabase.Login runtime = TestDatabase.runtimeLogin();
        try (Connection connection = DriverManager.getConnection(DATABASE.url(), runtime.user(), runtime.password());
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeQuery("SELECT count(*) FROM domainevententry").close();
            statement.executeQuery("SELECT count(*) FROM event_hash_chain").close();
            statement.executeUpdate("""
                    INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                  payloadtype, payload, "timestamp")
                    VALUES ('probe', 0, 'Probe', 'probe-event', 'Probe', '\\x7b7d', '2026-12-04T00:00:00Z')""");
            statement.executeUpdate("""
                    INSERT INTO event_hash_chain (aggregateidentifier, sequencenumber, eventidentifier, hash)
                    VALUES ('probe', 0, 'probe-event', repeat('0', 64))""");
            statement.executeQuery("SELECT count(*) FROM event_global_chain").close();
            statement.executeUpdate("""
                    INSERT INTO event_global_chain (position, globalindex, aggregateidentifier, sequencenumber,
                                                    eventidentifier, key_id, hash)
                    VALUES (999999, 999999, 'probe', 0, 'probe-event', 'probe', repeat('0', 64))""");
            connection.commit();

            for (String change : new String[]{
                    "UPDATE domainevententry SET payload = '\\x7b7d' WHERE eventidentifier = 'probe-event'",
                    "DELETE FROM domainevententry WHERE eventidentifier = 'probe-event'",
                    "TRUNCATE domainevententry",
                    "UPDATE event_hash_chain SET hash = repeat('1', 64) WHERE eventidentifier = 'probe-event'",
                    "DELETE FROM event_hash_chain WHERE eventidentifier = 'probe-event'",
                    "UPDATE event_global_chain SET hash = repeat('1', 64) WHERE eventidentifier = 'probe-event'",
                    "DELETE FROM event_global_chain WHERE eventidentifier = 'probe-event'",
                    "TRUNCATE event_global_chain",
                    "DELETE FROM flyway_schema_history"}) {
                assertThatThrownBy(() -> statement.executeUpdate(change)).as(change)
                        .isInstanceOfSatisfying(SQLException.class, refused ->
                                assertThat(refused.getSQLState()).as(change).isEqualTo(INSUFFICIENT_PRIVILEGE));
                connection.rollback();
            }

            // the rest is the application's to keep: tokens, projections, sessions
            assertThat(statement.executeUpdate("UPDATE tokenentry SET owner = owner")).isZero();
            assertThat(statement.executeUpdate("DELETE FROM organization_directory")).isZero();
            assertThat(statement.executeUpdate("DELETE FROM spring_session")).isZero();
            connection.rollback();
        }
        try (Connection owner = DATABASE.connect(); Statement statement = owner.createStatement()) {
            statement.executeUpdate("DELETE FROM event_global_chain WHERE eventidentifier = 'probe-event'");
            assertThat(statement.executeUpdate("DELETE FROM domainevententry WHERE eventidentifier = 'probe-event'"))
                    .as("the owner, migrating, still may").isEqualTo(1);
        }
    }
}
