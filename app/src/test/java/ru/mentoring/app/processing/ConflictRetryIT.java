package ru.mentoring.app.processing;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mentoring.api.organization.SetOrganizationHeadcounts;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A command that loses the race for its aggregate's next sequence number is not lost: another writer (here a
 * second connection, as another node would) appends that number first, PostgreSQL refuses the command's own
 * append, and the gateway sends the command again, which now appends after the winner.
 */
class ConflictRetryIT extends ApplicationIT {

    @Autowired
    private CommandGateway commands;

    @Test
    void aCommandThatLostTheRaceForItsAggregateIsSentAgainAndStored() throws Exception {
        TestSchool school = TestSchool.register(commands, "Школа гонки команд");
        MetaData administrator = MetaData.from(school.administrator("admin@race").asMetaData());
        commands.sendAndWait(new SetOrganizationHeadcounts(school.id(), 2021, 900, 60), administrator);
        String aggregate = school.id().toString();

        try (Connection other = DATABASE.connect()) {
            other.setAutoCommit(false);
            // the other writer appends sequence 2, a copy of the headcounts event, and holds its transaction open
            try (PreparedStatement insert = other.prepareStatement("""
                    INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                  metadata, payload, payloadrevision, payloadtype, "timestamp")
                    SELECT aggregateidentifier, 2, type, ?, metadata, payload, payloadrevision, payloadtype,
                           "timestamp"
                      FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 1""")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, aggregate);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<Object> loser = CompletableFuture.supplyAsync(() -> commands.sendAndWait(
                    new SetOrganizationHeadcounts(school.id(), 2022, 950, 61), administrator));
            // the command has loaded sequences 0..1 and now waits on the unique key for sequence 2
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingOnALock(other));
            other.commit();
            loser.get(20, TimeUnit.SECONDS);
        }

        try (Connection connection = DATABASE.connect();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT sequencenumber, convert_from(payload, 'UTF8') FROM domainevententry
                      WHERE aggregateidentifier = ? ORDER BY sequencenumber""")) {
            select.setString(1, aggregate);
            List<String> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getLong(1) + ":" + rows.getString(2));
                }
            }
            assertThat(events).hasSize(4);
            assertThat(events.get(3)).startsWith("3:").contains("2022");
        }
    }

    private static boolean waitingOnALock(Connection other) throws Exception {
        try (PreparedStatement waiting = other.prepareStatement("""
                SELECT count(*) FROM pg_stat_activity
                 WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()""");
             ResultSet rows = waiting.executeQuery()) {
            rows.next();
            return rows.getInt(1) > 0;
        }
    }
}
