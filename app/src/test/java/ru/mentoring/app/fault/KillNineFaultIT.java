package ru.mentoring.app.fault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import ru.mentoring.app.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault scenario 1: the application, running as the runtime database role, is killed with {@code SIGKILL} while
 * commands stream in, and started again on the same database. Every command it acknowledged must have its event in
 * the store exactly once, and the projections, caught up, must hold the same rows as a rebuild of all of them from
 * the event store.
 */
class KillNineFaultIT {

    private static final String REGION = "Область отказов";

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyAcknowledgedCommandSurvivesAKillOnceAndTheProjectionsMatchARebuild() throws Exception {
        TestDatabase database = TestDatabase.fresh();
        Map<String, Object> properties = database.properties();
        String user = (String) properties.get("spring.datasource.username");
        String password = (String) properties.get("spring.datasource.password");
        // the application runs as a site runs it: its login has the runtime role only, and Flyway migrates as the
        // owner; so the load, the kill and the rebuild below also show that it never changes a stored event
        TestDatabase.Login runtime = TestDatabase.runtimeLogin();
        try (ApplicationProcess app = new ApplicationProcess("kill-nine", database.url(), runtime.user(),
                runtime.password(), "--spring.flyway.user=" + user, "--spring.flyway.password=" + password)) {
            app.start();
            String operator = app.operatorToken();
            try (CommandLoad load = new CommandLoad(app.http(), app.clientToken(operator, "REGIONAL_ADMINISTRATOR",
                    REGION), REGION)) {
                load.start(4);
                awaitAcknowledged(load, 40, Duration.ofSeconds(30));
                long beforeKill = load.acknowledged().size();

                app.killHard();
                Instant restarted = Instant.now();
                app.start();
                Instant recovered = awaitFirstAfter(load, restarted, Duration.ofSeconds(30));
                ApplicationProcess.sleep(3000);
                load.stop();

                EventStoreAudit.Outcome outcome = EventStoreAudit.check(database.url(), user, password,
                        load.acknowledged());
                FaultReport.record(new FaultReport.Row("kill -9 of the application under load",
                        outcome.acknowledged(), outcome.eventsFound(), outcome.duplicates(), outcome.lost(),
                        Duration.between(restarted, recovered)));

                assertThat(beforeKill).as("commands acknowledged before the kill").isPositive();
                assertThat(outcome.acknowledged()).as("commands acknowledged after the restart")
                        .isGreaterThan(beforeKill);
                assertThat(load.violations()).as("answers that break the rules").isEmpty();
                assertThat(outcome.lost()).as("acknowledged commands without their event").isZero();
                assertThat(outcome.duplicates()).as("acknowledged commands with their event twice").isZero();

                Map<String, String> caughtUp = ProjectionTables.caughtUp(app.http(), operator, database.url(), user,
                        password, Duration.ofSeconds(60));
                assertThat(ProjectionTables.missingFromDirectory(database.url(), user, password, load.acknowledged()))
                        .as("acknowledged organizations missing from the directory").isEmpty();
                FaultHttp.Answer rebuild = app.http().post("/api/admin/projections/all/rebuild", operator, null, null);
                assertThat(rebuild.status()).as("rebuild: " + rebuild.raw()).isEqualTo(202);
                Map<String, String> rebuilt = ProjectionTables.caughtUp(app.http(), operator, database.url(), user,
                        password, Duration.ofSeconds(60));
                assertThat(caughtUp).as("projections after the kill against a rebuild from scratch")
                        .isEqualTo(rebuilt);
            }
        }
    }

    static void awaitAcknowledged(CommandLoad load, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (load.acknowledged().size() < count && Instant.now().isBefore(deadline)) {
            ApplicationProcess.sleep(100);
        }
        assertThat(load.acknowledged()).as("commands acknowledged under load; answers " + load.answers())
                .hasSizeGreaterThanOrEqualTo(count);
    }

    static Instant awaitFirstAfter(CommandLoad load, Instant instant, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            var first = load.firstAcknowledgedAfter(instant);
            if (first.isPresent()) {
                return first.get();
            }
            ApplicationProcess.sleep(100);
        }
        throw new AssertionError("No command acknowledged within " + timeout + " after " + instant + "; answers "
                + load.answers() + ", rule breaks " + load.violations());
    }
}
