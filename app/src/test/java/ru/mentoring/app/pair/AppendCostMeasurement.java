package ru.mentoring.app.pair;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.pair.ApproveIndividualPlan;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PlanActivity;
import ru.mentoring.api.pair.RecordMeeting;
import ru.mentoring.app.ProgramScenario;
import ru.mentoring.app.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * How long one {@code RecordMeeting} takes as the pair's history grows, with the deadline table empty and with
 * 20,000 deadlines of other pairs in it. A measurement, not a test: its name matches neither the unit nor the
 * integration tests, so the suite never runs it; run it alone (figures on standard output):
 * <pre>
 * ./mvnw -B -o -q -pl app -am test -Dtest=AppendCostMeasurement -Dit.test=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Add {@code -DargLine=-XX:StartFlightRecording=filename=append.jfr,settings=profile} for a JFR profile.
 */
class AppendCostMeasurement {

    private static final int[] HISTORIES = {100, 1000, 3000};
    private static final int OTHER_DEADLINES = 20_000;
    private static final int SAMPLES = 41;
    private static final LocalDate MET_ON = LocalDate.of(2021, 1, 15);

    private final TestDatabase database = TestDatabase.fresh();

    @Test
    void recordMeetingAsHistoryGrows() {
        try (ConfigurableApplicationContext app = start()) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 1, List.of());
            PairId pair = scenario.pairs.get(0);
            MetaData curator = scenario.school.asCurator("curator@measurement");
            await().atMost(Duration.ofSeconds(30)).until(() -> events(jdbc, pair) > 0);
            commands.sendAndWait(new ApproveIndividualPlan(pair, List.of(new PlanActivity(1, "Встречи",
                    MET_ON.plusMonths(3), null)), MET_ON), curator);
            for (MeetingType type : List.of(MeetingType.ORGANIZATIONAL, MeetingType.TRIAL, MeetingType.PLANNING)) {
                meet(commands, pair, type, curator);
            }
            fillOtherDeadlines(app.getBean(DeadlineManager.class), jdbc);
            List<String> rows = new ArrayList<>();
            for (int history : HISTORIES) {
                while (events(jdbc, pair) < history) {
                    meet(commands, pair, MeetingType.REGULAR, curator);
                }
                double alone = p50(commands, pair, curator);
                jdbc.sql("INSERT INTO scheduled_tasks SELECT * FROM measurement_filler").update();
                double crowded = p50(commands, pair, curator);
                jdbc.sql("DELETE FROM scheduled_tasks WHERE execution_time > '2090-01-01'").update();
                rows.add(String.format(Locale.ROOT, "| %5d | %8.2f | %8.2f |", history, alone, crowded));
            }
            System.out.println("\n| events in the pair's history | RecordMeeting p50 ms, deadline table empty "
                    + "| p50 ms, " + OTHER_DEADLINES + " other deadlines |\n| --- | --- | --- |");
            rows.forEach(System.out::println);
        }
    }

    /** Other pairs' deadlines, far in the future, kept aside in a table of their own to be put in and taken out. */
    private static void fillOtherDeadlines(DeadlineManager deadlines, JdbcClient jdbc) {
        Instant far = Instant.parse("2099-01-01T00:00:00Z");
        for (int i = 0; i < OTHER_DEADLINES; i++) {
            String name = i % 3 == 0 ? "stalled" : i % 3 == 1 ? "feedback-due" : "first-meeting";
            deadlines.schedule(far.plus(i, ChronoUnit.SECONDS), name, MET_ON,
                    new AggregateScopeDescriptor("Pair", new PairId(UUID.randomUUID())));
        }
        jdbc.sql("CREATE TABLE measurement_filler AS SELECT * FROM scheduled_tasks WHERE execution_time > '2090-01-01'")
                .update();
        jdbc.sql("DELETE FROM scheduled_tasks WHERE execution_time > '2090-01-01'").update();
    }

    private static double p50(CommandGateway commands, PairId pair, MetaData curator) {
        for (int i = 0; i < 5; i++) {
            meet(commands, pair, MeetingType.REGULAR, curator);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            meet(commands, pair, MeetingType.REGULAR, curator);
            nanos.add(System.nanoTime() - start);
        }
        nanos.sort(null);
        return nanos.get(SAMPLES / 2) / 1e6;
    }

    private static void meet(CommandGateway commands, PairId pair, MeetingType type, MetaData curator) {
        commands.sendAndWait(new RecordMeeting(pair, type, MET_ON, MeetingFormat.IN_PERSON, "Встреча", null,
                Instant.now()), curator);
    }

    private static long events(JdbcClient jdbc, PairId pair) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(pair.toString()).query(Long.class).single();
    }

    private ConfigurableApplicationContext start() {
        return database.start("--logging.level.root=warn",
                // the application's default, not the tests' (which snapshot every two events)
                "--mentoring.snapshots.pair-every=100");
    }
}
