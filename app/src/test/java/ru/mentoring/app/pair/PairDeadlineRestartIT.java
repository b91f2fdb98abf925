package ru.mentoring.app.pair;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.RecordMeeting;
import ru.mentoring.app.ProgramScenario;
import ru.mentoring.app.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A deadline scheduled before the application stops fires after it starts again: the organizational meeting
 * of one pair is due a few seconds after fixing, the application is stopped before that, and the overdue event
 * appears after the restart — once — while the pair that met in time is left alone.
 */
class PairDeadlineRestartIT {

    private static final Duration FIRST_MEETING_WITHIN = Duration.ofSeconds(15);
    private final TestDatabase database = TestDatabase.fresh();

    @Test
    void theFirstMeetingDeadlineFiresAfterARestart() {
        PairId silent;
        PairId met;
        Instant due;
        try (ConfigurableApplicationContext app = start()) {
            ProgramScenario scenario = ProgramScenario.withFixedPairs(app.getBean(CommandGateway.class), 2, List.of());
            silent = scenario.pairs.get(0);
            met = scenario.pairs.get(1);
            await().atMost(Duration.ofSeconds(20)).until(() -> pairs(app) == 2);
            due = jdbc(app).sql("SELECT first_meeting_due_at FROM pair_progress WHERE pair_id = ?")
                    .param(silent.value()).query(java.sql.Timestamp.class).single().toInstant();
            app.getBean(CommandGateway.class).sendAndWait(new RecordMeeting(met, MeetingType.ORGANIZATIONAL,
                    LocalDate.of(2020, 10, 2), MeetingFormat.IN_PERSON, "Знакомство", null, Instant.now()),
                    scenario.school.asCurator("curator@scenario"));
            assertThat(Instant.now()).as("stopped before the deadline").isBefore(due);
        }
        assertThat(overdueEvents()).isZero();

        try (ConfigurableApplicationContext app = start()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> overdueEvents() == 1);
            assertThat(Instant.now()).isAfter(due);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(flag(app, silent)).isTrue();
                assertThat(flag(app, met)).isFalse();
            });
        }
        assertThat(overdueEvents()).isOne();
    }

    private ConfigurableApplicationContext start() {
        return database.start("--mentoring.pairs.first-meeting-within=" + FIRST_MEETING_WITHIN,
                "--db-scheduler.polling-interval=1s");
    }

    private long overdueEvents() {
        try (var connection = database.connect(); var statement = connection.prepareStatement("""
                SELECT count(*) FROM domainevententry
                 WHERE payloadtype = 'ru.mentoring.api.pair.FirstMeetingOverdue'""");
             var rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long pairs(ConfigurableApplicationContext app) {
        return jdbc(app).sql("SELECT count(*) FROM pair_progress").query(Long.class).single();
    }

    private static boolean flag(ConfigurableApplicationContext app, PairId pair) {
        return jdbc(app).sql("SELECT first_meeting_overdue FROM pair_progress WHERE pair_id = ?")
                .param(pair.value()).query(Boolean.class).single();
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class);
    }
}
