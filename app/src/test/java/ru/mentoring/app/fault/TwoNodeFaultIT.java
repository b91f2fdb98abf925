package ru.mentoring.app.fault;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import ru.mentoring.app.TestDatabase;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the packaged application, real processes on two ports, on one database that neither finds: both
 * start at the same moment and create it, migrate it and its first operator once. A session signed in on one node
 * works on the other, and a user stopped on one node is signed out on the other. A steady load of commands goes to
 * both at random (headcounts of one organization land on both, so their appends conflict and are retried). Once each
 * node holds some of the processors' segments, one is killed with {@code SIGKILL}: the survivor must hold every
 * segment the dead node held within the token claim timeout and one claim interval; every acknowledged command's
 * event must be stored exactly once; the projections, caught up, must hold a rebuild's rows. A rebuild asked on the
 * restarted node completes on the cluster while the other node keeps answering commands.
 */
class TwoNodeFaultIT {

    private static final String REGION = "Область двух узлов";
    /** The application's claim timeout and claim interval (application.yml). */
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLAIM_INTERVAL = Duration.ofSeconds(2);

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void theSurvivorTakesTheDeadNodesSegmentsAndNothingAcknowledgedIsLost() throws Exception {
        TestDatabase database = TestDatabase.notYetCreated();
        Map<String, Object> properties = database.properties();
        String url = database.url();
        String user = (String) properties.get("spring.datasource.username");
        String password = (String) properties.get("spring.datasource.password");
        try (ApplicationProcess a = new ApplicationProcess("two-nodes-a", url, user, password);
             ApplicationProcess b = new ApplicationProcess("two-nodes-b", url, user, password)) {
            // both at once on a database that does not exist yet
            a.launch();
            b.launch();
            CompletableFuture.allOf(CompletableFuture.runAsync(a::awaitReady),
                    CompletableFuture.runAsync(b::awaitReady)).join();
            assertThat(count(url, user, password, "SELECT count(*) FROM ui_user"))
                    .as("operators created by two nodes starting together").isEqualTo(1);
            assertThat(count(url, user, password, "SELECT count(*) FROM api_client"))
                    .as("bootstrap clients registered by two nodes starting together").isEqualTo(1);

            String operator = a.operatorToken();
            assertThat(b.http().get("/api/admin/projections", operator).status())
                    .as("a token of node A on node B").isEqualTo(200);

            UiSession session = UiSession.signIn(a.baseUrl(), "admin", ApplicationProcess.ADMIN_PASSWORD);
            HttpResponse<String> pageOnB = session.pageOn(b.baseUrl(), "/ui/admin/projections");
            assertThat(pageOnB.statusCode()).as("the projections page on B with the session of A").isEqualTo(200);
            assertThat(pageOnB.body()).as("the projections page on B with the session of A")
                    .contains("id=\"projections\"").contains(a.ownerPrefix()).contains(b.ownerPrefix());

            // a user added on A and signed in on B, stopped on A: B signs them out at their next request
            HttpResponse<String> added = session.submit("/ui/admin/users", "/ui/admin/users", Map.of(
                    "username", "two.nodes", "fullName", "Администратор двух узлов",
                    "role", "REGIONAL_ADMINISTRATOR", "region", REGION, "password", "two-nodes-password"));
            assertThat(added.statusCode()).as("user added on A: " + added.body()).isEqualTo(302);
            UiSession staff = UiSession.signIn(b.baseUrl(), "two.nodes", "two-nodes-password");
            assertThat(staff.page("/ui/account/password").statusCode()).as("signed in on B").isEqualTo(200);
            HttpResponse<String> stopped = session.submit("/ui/admin/users", "/ui/admin/users/two.nodes/enabled",
                    Map.of("enabled", "false"));
            assertThat(stopped.statusCode()).as("user stopped on A").isEqualTo(302);
            HttpResponse<String> afterStop = staff.page("/ui/account/password");
            assertThat(afterStop.statusCode()).as("the stopped user's next request on B").isEqualTo(302);
            assertThat(afterStop.headers().firstValue("Location").orElse("")).contains("/login?stopped");

            awaitSpread(url, user, password, a, b, Duration.ofSeconds(60));

            String regional = a.clientToken(operator, "REGIONAL_ADMINISTRATOR", REGION);
            Duration takeover;
            FaultHttp.Answer rebuild;
            try (CommandLoad load = new CommandLoad(List.of(a.http(), b.http()), regional, REGION)) {
                load.start(4);
                KillNineFaultIT.awaitAcknowledged(load, 60, Duration.ofSeconds(60));
                Map<String, List<Integer>> heldByA = held(url, user, password, a.ownerPrefix());
                assertThat(heldByA).as("segments node A holds when it is killed").isNotEmpty();

                Instant killed = Instant.now();
                a.killHard();
                takeover = awaitTakenOver(url, user, password, heldByA, b, killed,
                        CLAIM_TIMEOUT.plus(CLAIM_INTERVAL).plusSeconds(20));
                long acknowledgedAtKill = load.acknowledged().size();
                KillNineFaultIT.awaitAcknowledged(load, (int) acknowledgedAtKill + 20, Duration.ofSeconds(30));
                load.stop();

                EventStoreAudit.Outcome outcome = EventStoreAudit.check(url, user, password, load.acknowledged());
                FaultReport.record(new FaultReport.Row("two nodes: kill -9 of one under load (time: segments "
                        + "taken over)", outcome.acknowledged(), outcome.eventsFound(), outcome.duplicates(),
                        outcome.lost(), takeover));
                System.out.printf(Locale.ROOT, "%nTwo nodes%n| acknowledged | found | duplicates | lost | takeover |"
                                + "%n| ---: | ---: | ---: | ---: | ---: |%n| %d | %d | %d | %d | %.1f s |%n"
                                + "segments node A held: %s%nanswers: %s%n%n", outcome.acknowledged(),
                        outcome.eventsFound(), outcome.duplicates(), outcome.lost(), takeover.toMillis() / 1000.0,
                        heldByA, load.answers());

                assertThat(load.violations()).as("answers that break the rules").isEmpty();
                assertThat(outcome.lost()).as("acknowledged commands without their event").isZero();
                assertThat(outcome.duplicates()).as("acknowledged commands with their event twice").isZero();
                assertThat(takeover).as("from the kill until node B holds every segment A held")
                        .isLessThanOrEqualTo(CLAIM_TIMEOUT.plus(CLAIM_INTERVAL).plusSeconds(2));

                Map<String, String> caughtUp = ProjectionTables.caughtUp(b.http(), operator, url, user, password,
                        Duration.ofSeconds(90));
                assertThat(ProjectionTables.missingFromDirectory(url, user, password, load.acknowledged()))
                        .as("acknowledged organizations missing from the directory").isEmpty();
                rebuild = b.http().post("/api/admin/projections/all/rebuild", operator, null, null);
                assertThat(rebuild.status()).as("rebuild on B alone: " + rebuild.raw()).isEqualTo(202);
                assertThat(ProjectionTables.caughtUp(b.http(), operator, url, user, password,
                        Duration.ofSeconds(90))).as("projections after the kill against a rebuild").isEqualTo(caughtUp);
            }

            a.start();
            try (CommandLoad onB = new CommandLoad(b.http(), regional, REGION)) {
                onB.start(2);
                KillNineFaultIT.awaitAcknowledged(onB, 10, Duration.ofSeconds(30));
                Instant asked = Instant.now();
                rebuild = a.http().post("/api/admin/projections/all/rebuild", operator, null, null);
                assertThat(rebuild.status()).as("rebuild on A: " + rebuild.raw()).isEqualTo(202);
                Instant rebuilt = awaitRebuilt(a.http(), operator, asked, Duration.ofSeconds(120));
                long duringRebuild = onB.acknowledged().stream()
                        .filter(command -> command.at().isAfter(asked) && command.at().isBefore(rebuilt)).count();
                onB.stop();
                System.out.printf(Locale.ROOT, "Rebuild of all projections asked on node A: done in %.1f s; node B "
                        + "acknowledged %d commands meanwhile%n", Duration.between(asked, rebuilt).toMillis() / 1000.0,
                        duringRebuild);
                assertThat(onB.violations()).as("answers of B during the rebuild that break the rules").isEmpty();
                assertThat(duringRebuild).as("commands B acknowledged while the rebuild ran").isPositive();

                EventStoreAudit.Outcome outcome = EventStoreAudit.check(url, user, password, onB.acknowledged());
                assertThat(outcome.lost() + outcome.duplicates()).as("lost or doubled during the rebuild").isZero();
                Map<String, String> afterRebuild = ProjectionTables.caughtUp(a.http(), operator, url, user, password,
                        Duration.ofSeconds(90));
                FaultHttp.Answer again = b.http().post("/api/admin/projections/all/rebuild", operator, null, null);
                assertThat(again.status()).isEqualTo(202);
                assertThat(ProjectionTables.caughtUp(b.http(), operator, url, user, password, Duration.ofSeconds(90)))
                        .as("projections rebuilt on two nodes under load against a rebuild at rest")
                        .isEqualTo(afterRebuild);
            }
        }
    }

    /** Waits until each node holds some segments: the nodes share them. */
    private static void awaitSpread(String url, String user, String password,
                                                          ApplicationProcess a, ApplicationProcess b,
                                                          Duration timeout) throws SQLException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Map<String, List<Integer>> ofA = held(url, user, password, a.ownerPrefix());
            Map<String, List<Integer>> ofB = held(url, user, password, b.ownerPrefix());
            if (!ofA.isEmpty() && !ofB.isEmpty()) {
                return;
            }
            ApplicationProcess.sleep(500);
        }
        throw new AssertionError("The nodes did not share the segments within " + timeout + ": A holds "
                + held(url, user, password, a.ownerPrefix()) + ", B holds " + held(url, user, password,
                b.ownerPrefix()));
    }

    /** Until node B holds every segment node A held; the time from the kill. */
    private static Duration awaitTakenOver(String url, String user, String password, Map<String, List<Integer>> ofA,
                                           ApplicationProcess b, Instant killed, Duration timeout)
            throws SQLException {
        Instant deadline = killed.plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Map<String, List<Integer>> ofB = held(url, user, password, b.ownerPrefix());
            boolean all = ofA.entrySet().stream().allMatch(entry ->
                    ofB.getOrDefault(entry.getKey(), List.of()).containsAll(entry.getValue()));
            if (all) {
                return Duration.between(killed, Instant.now());
            }
            ApplicationProcess.sleep(100);
        }
        throw new AssertionError("Node B did not take over " + ofA + " within " + timeout + "; it holds "
                + held(url, user, password, b.ownerPrefix()));
    }

    /** Waits until no rebuild waits and every projection is back at the head, not replaying. */
    private static Instant awaitRebuilt(FaultHttp http, String operator, Instant asked, Duration timeout) {
        Instant deadline = asked.plus(timeout);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            FaultHttp.Answer nodes = http.get("/api/admin/projections/nodes", operator);
            FaultHttp.Answer statuses = http.get("/api/admin/projections", operator);
            last = nodes.raw() + " " + statuses.raw();
            if (nodes.status() == 200 && nodes.body().path("pending").isEmpty() && statuses.status() == 200
                    && done(statuses.body())) {
                return Instant.now();
            }
            ApplicationProcess.sleep(250);
        }
        throw new AssertionError("The rebuild did not complete within " + timeout + "; last: " + last);
    }

    private static boolean done(JsonNode statuses) {
        for (JsonNode status : statuses) {
            if (status.path("replaying").asBoolean()) {
                return false;
            }
        }
        return statuses.isArray() && !statuses.isEmpty();
    }

    /** Processor → the segments the node claims, by the owner the token store records. */
    private static Map<String, List<Integer>> held(String url, String user, String password, String ownerPrefix)
            throws SQLException {
        Map<String, List<Integer>> held = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT processorname, segment, owner FROM tokenentry "
                     + "WHERE owner IS NOT NULL ORDER BY processorname, segment")) {
            while (rows.next()) {
                if (rows.getString(3).startsWith(ownerPrefix)) {
                    held.computeIfAbsent(rows.getString(1), name -> new ArrayList<>()).add(rows.getInt(2));
                }
            }
        }
        return held;
    }

    private static long count(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
