package ru.mentoring.app.deadlines;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines are kept under keys that name them and their scope, and cancelled by a delete of a key range: real
 * pairs' deadlines, with db-scheduler polling PostgreSQL, fire for the pair that did not meet and not for those
 * whose meeting cancelled them; a deadline scheduled the old way (Axon's random id) is still cancelled when its
 * scope's deadlines are, and still fires when it is not; a cancellation touches its name's (and scope's)
 * deadlines only, through the index even when PostgreSQL plans the statement generically.
 */
class KeyedDeadlinesIT {

    private static final TestDatabase DATABASE = TestDatabase.fresh();
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        app = DATABASE.start("--mentoring.pairs.first-meeting-within=PT25S",
                "--db-scheduler.polling-interval=1s");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theCancelledScopesDeadlinesDoNotFireAndTheOthersDo() {
        CommandGateway commands = app.getBean(CommandGateway.class);
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 3, List.of());
        PairId silent = scenario.pairs.get(0);
        PairId met = scenario.pairs.get(1);
        PairId metWithOldDeadline = scenario.pairs.get(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM scheduled_tasks"
                + " WHERE task_name = 'AxonDeadline' AND task_instance LIKE 'first-meeting|Pair:%'") == 3);
        Instant due = jdbc().sql("SELECT max(execution_time) FROM scheduled_tasks"
                + " WHERE task_name = 'AxonDeadline' AND task_instance LIKE 'first-meeting|%'")
                .query(java.sql.Timestamp.class).single().toInstant();
        // as a node of the version before the keys would have scheduled them: under a bare random id
        DeadlineManager axons = axonsOwnManager();
        axons.schedule(due, "feedback-due", LocalDate.of(2020, 10, 1), new AggregateScopeDescriptor("Pair", silent));
        axons.schedule(due, "stalled", LocalDate.of(2020, 10, 1),
                new AggregateScopeDescriptor("Pair", metWithOldDeadline));

        for (PairId pair : List.of(met, metWithOldDeadline)) {
            commands.sendAndWait(new RecordMeeting(pair, MeetingType.ORGANIZATIONAL, LocalDate.of(2020, 10, 2),
                    MeetingFormat.IN_PERSON, "Знакомство", null, Instant.now()), scenario.school.asCurator("c@s"));
        }
        assertThat(Instant.now()).as("the meetings came before the deadlines were due").isBefore(due);
        assertThat(count("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline'"
                + " AND execution_time <= ?", due)).as("one first meeting and one old feedback deadline wait").isEqualTo(2);

        await().atMost(Duration.ofSeconds(90)).until(() -> count("SELECT count(*) FROM scheduled_tasks"
                + " WHERE task_name = 'AxonDeadline' AND execution_time <= ?", due) == 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> events("FirstMeetingOverdue", silent) == 1
                && events("FeedbackOverdue", silent) == 1);
        assertThat(events("FirstMeetingOverdue", met)).isZero();
        assertThat(events("FirstMeetingOverdue", metWithOldDeadline)).isZero();
        assertThat(events("PairStalled", metWithOldDeadline)).isZero();
        assertThat(events("PairStalled", met)).isZero();
    }

    @Test
    void aCancellationDeletesItsNamesAndScopesDeadlinesOnly() {
        DeadlineManager deadlines = app.getBean(DeadlineManager.class);
        Instant far = Instant.parse("2098-01-01T00:00:00Z");
        String name = "probe-" + UUID.randomUUID();
        List<PairId> pairs = List.of(PairId.random(), PairId.random(), PairId.random());
        for (PairId pair : pairs) {
            for (String each : List.of(name, name + "-longer", "other|" + name)) {
                deadlines.schedule(far, each, null, new AggregateScopeDescriptor("Pair", pair));
                deadlines.schedule(far, each, null, new AggregateScopeDescriptor("Pair", pair));
            }
        }
        assertThat(probes(name)).isEqualTo(18);

        deadlines.cancelAllWithinScope(name, new AggregateScopeDescriptor("Pair", pairs.get(0)));
        assertThat(probes(name)).isEqualTo(16);
        deadlines.cancelAll(name);
        assertThat(probes(name)).isEqualTo(12);
        deadlines.cancelAll("other|" + name);
        assertThat(probes(name)).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM scheduled_tasks WHERE task_instance LIKE ?",
                name + "-longer|%")).isEqualTo(6);
        deadlines.cancelAll(name + "-longer");
        assertThat(probes(name)).isZero();
    }

    @Test
    void theRangeDeleteReadsTheIndexWhenPlannedGenerically() {
        jdbc().sql("""
                INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                SELECT 'AxonDeadline', 'plan-probe|Pair:' || g || '|' || gen_random_uuid(), '2097-01-01', false, 1
                  FROM generate_series(1, 5000) g""").update();
        jdbc().sql("ANALYZE scheduled_tasks").update();
        String plan = app.getBean(org.springframework.transaction.support.TransactionTemplate.class).execute(status -> {
            jdbc().sql("SET LOCAL plan_cache_mode = force_generic_plan").update();
            jdbc().sql("""
                    PREPARE range_delete(text, text, text) AS DELETE FROM scheduled_tasks
                     WHERE task_name = $1 AND task_instance ~>=~ $2 AND task_instance ~<~ $3 AND NOT picked""")
                    .update();
            String explained = String.join("\n", jdbc().sql("EXPLAIN EXECUTE range_delete('AxonDeadline',"
                    + " 'plan-probe|Pair:42|', 'plan-probe|Pair:42}')").query(String.class).list());
            jdbc().sql("DEALLOCATE range_delete").update();
            return explained;
        });
        assertThat(plan).contains("scheduled_tasks_key_idx").doesNotContain("Seq Scan");
        jdbc().sql("DELETE FROM scheduled_tasks WHERE task_instance LIKE 'plan-probe|%'").update();
    }

    private static DeadlineManager axonsOwnManager() {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(app.getBean(Scheduler.class))
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(
                        app.getBean(org.axonframework.config.Configuration.class)))
                .serializer(app.getBean("eventSerializer", Serializer.class))
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }

    private static long probes(String name) {
        return count("SELECT count(*) FROM scheduled_tasks WHERE task_instance LIKE ?", "%" + name + "%");
    }

    private static long events(String type, PairId pair) {
        return count("SELECT count(*) FROM domainevententry WHERE payloadtype = ? AND aggregateidentifier = ?",
                "ru.mentoring.api.pair." + type, pair.toString());
    }

    private static long count(String sql, Object... params) {
        var statement = jdbc().sql(sql);
        for (Object param : params) {
            statement = statement.param(param instanceof Instant instant ? java.sql.Timestamp.from(instant) : param);
        }
        return statement.query(Long.class).single();
    }

    private static JdbcClient jdbc() {
        return app.getBean(JdbcClient.class);
    }
}
