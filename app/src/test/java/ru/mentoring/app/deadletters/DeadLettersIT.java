package ru.mentoring.app.deadletters;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.organization.SetOrganizationHeadcounts;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;
import ru.mentoring.query.rebuild.SegmentPosition;
import ru.mentoring.query.rebuild.SegmentWatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event its handler refuses is parked, not retried forever: the operator sees it listed with its cause, the
 * health says DEGRADED and the gauge counts it; a retry before the cause is fixed parks it again, after the fix
 * it is handled; an eviction needs a reason and is stored as an event of its own, with the operator as its actor,
 * linked into the audit hash chain. Other organizations flow on through the same group meanwhile. A segment held
 * behind the head is marked stuck and degrades the health too, until it moves on.
 */
class DeadLettersIT extends ApplicationIT {

    private static final Actor OPERATOR = new Actor("operator", ActorRole.OPERATOR, null, null, null);
    private static final String API = "/api/admin/dead-letters/";

    @Autowired
    private CommandGateway commands;
    @Autowired
    private PoisonProbe probe;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private SegmentWatch segments;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @LocalServerPort
    private int port;

    private ApiClient api;
    private HttpHeaders operator;

    @BeforeEach
    void operator() {
        api = new ApiClient(http, port, keys);
        operator = api.as(OPERATOR);
    }

    @Test
    void parkedEventIsListedCountedRetriedOnceTheCauseIsFixedAndTheHealthShowsItMeanwhile() {
        String poisoned = PoisonProbe.POISON + " школа " + UUID.randomUUID();
        TestSchool bad = TestSchool.register(commands, poisoned);
        TestSchool good = TestSchool.register(commands, "Здоровая школа");

        JsonNode letter = awaitLetter(bad);
        await().atMost(Duration.ofSeconds(10)).until(() -> probe.handled(good.id()));
        assertThat(letter.path("eventType").asText()).isEqualTo("ru.mentoring.api.organization.OrganizationRegistered");
        assertThat(letter.path("sequenceIdentifier").asText()).isEqualTo(bad.id().toString());
        assertThat(letter.path("lettersInSequence").asLong()).isEqualTo(1);
        assertThat(letter.path("aggregateType").asText()).isEqualTo("Organization");
        assertThat(letter.path("aggregateSequence").asLong()).isZero();
        assertThat(letter.path("causeType").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(letter.path("causeMessage").asText()).contains(poisoned);
        Instant enqueuedAt = Instant.parse(letter.path("enqueuedAt").asText());
        Instant firstAttempt = Instant.parse(letter.path("lastAttempt").asText());
        assertThat(firstAttempt).isAfterOrEqualTo(enqueuedAt);

        JsonNode health = api.get("/actuator/health", operator).body();
        assertThat(health.path("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.at("/components/processing/details/deadLetters/" + PoisonProbe.GROUP).asLong())
                .isPositive();
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness").body().path("status").asText()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/readiness").body().path("status").asText()).isEqualTo("UP");
        assertThat(gauge()).isPositive();

        // not fixed yet: the retry parks it again, with the new attempt's time
        String letterId = letter.path("letterId").asText();
        ApiClient.Answer unfixed = api.post(API + PoisonProbe.GROUP + "/" + letterId + "/retry", "", operator);
        assertThat(unfixed.status()).isEqualTo(200);
        assertThat(unfixed.body().path("retried").toString()).contains(bad.id().toString());
        assertThat(unfixed.body().path("cleared").toString()).doesNotContain(bad.id().toString());
        JsonNode stillParked = find(unfixed.body().path("stillParked"), letterId);
        assertThat(stillParked).as("still parked").isNotNull();
        assertThat(Instant.parse(stillParked.path("lastAttempt").asText())).isAfter(firstAttempt);
        assertThat(Instant.parse(stillParked.path("enqueuedAt").asText())).isEqualTo(enqueuedAt);

        probe.cure(poisoned);
        ApiClient.Answer fixed = api.post(API + PoisonProbe.GROUP + "/retry", "", operator);
        assertThat(fixed.status()).isEqualTo(200);
        assertThat(fixed.body().path("cleared").toString()).contains(bad.id().toString());
        assertThat(find(fixed.body().path("stillParked"), letterId)).isNull();
        assertThat(probe.handled(bad.id())).isTrue();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                healthStatus().isEqualTo("UP"));
        assertThat(gauge()).isZero();
    }

    @Test
    void whatAFailingHandlerWroteBeforeItsExceptionIsNotKeptWithTheParkedEventAndIsWrittenByTheRetry() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS " + PoisonProbe.WRITES + " (organization_id uuid PRIMARY KEY)").update();
        String halfWritten = PoisonProbe.HALF + " школа " + UUID.randomUUID();
        TestSchool bad = TestSchool.register(commands, halfWritten);
        TestSchool good = TestSchool.register(commands, "Здоровая школа");

        JsonNode letter = awaitLetter(bad);
        await().atMost(Duration.ofSeconds(10)).until(() -> probe.handled(good.id()));
        assertThat(written(bad)).as("rows of the parked event").isZero();

        probe.cure(halfWritten);
        ApiClient.Answer retried = api.post(API + PoisonProbe.GROUP + "/" + letter.path("letterId").asText()
                + "/retry", "", operator);
        assertThat(retried.body().path("cleared").toString()).contains(bad.id().toString());
        assertThat(written(bad)).isOne();
    }

    private long written(TestSchool school) {
        return jdbc.sql("SELECT count(*) FROM " + PoisonProbe.WRITES + " WHERE organization_id = ?")
                .param(school.id().value()).query(Long.class).single();
    }

    @Test
    void evictionNeedsAReasonAndIsStoredAsAnEventOfTheOperatorInTheHashChain() {
        TestSchool bad = TestSchool.register(commands, PoisonProbe.POISON + " гимназия " + UUID.randomUUID());
        JsonNode letter = awaitLetter(bad);
        String eviction = API + PoisonProbe.GROUP + "/" + letter.path("letterId").asText() + "/eviction";

        ApiClient.Answer withoutReason = api.post(eviction, "{}", operator);
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body().path("code").asText()).isEqualTo("validation.failed");
        assertThat(withoutReason.body().path("errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(api.post(eviction, "{\"reason\": \"   \"}", operator).status()).isEqualTo(400);
        assertThat(letterOf(bad)).as("still parked after the refused evictions").isNotNull();
        // only the operator may
        Actor administrator = bad.administrator("admin");
        assertThat(api.post(eviction, "{\"reason\": \"не нужно\"}", api.as(administrator)).status()).isEqualTo(403);

        ApiClient.Answer evicted = api.post(eviction, "{\"reason\": \"Школа зарегистрирована по ошибке\"}",
                operator);
        assertThat(evicted.status()).isEqualTo(200);
        assertThat(letterOf(bad)).isNull();
        ApiClient.Answer again = api.post(eviction, "{\"reason\": \"ещё раз\"}", operator);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body().path("code").asText()).isEqualTo("dead-letter.unknown");
        String eventId = evicted.body().path("evictionEventId").asText();
        var stored = jdbc.sql("""
                        SELECT payloadtype, convert_from(payload, 'UTF8') AS payload,
                               convert_from(metadata, 'UTF8') AS metadata
                          FROM domainevententry WHERE eventidentifier = ?""")
                .param(eventId)
                .query((row, number) -> new String[]{row.getString(1), row.getString(2), row.getString(3)})
                .single();
        assertThat(stored[0]).isEqualTo("ru.mentoring.api.operations.DeadLetterEvicted");
        JsonNode payload = ApiClient.parse(stored[1]);
        assertThat(payload.path("processingGroup").asText()).isEqualTo(PoisonProbe.GROUP);
        assertThat(payload.path("sequenceIdentifier").asText()).isEqualTo(bad.id().toString());
        assertThat(payload.path("eventId").asText()).isEqualTo(letter.path("eventId").asText());
        assertThat(payload.path("reason").asText()).isEqualTo("Школа зарегистрирована по ошибке");
        assertThat(ApiClient.parse(stored[2]).path(Actor.USER_ID).asText()).isEqualTo("operator");
        assertThat(ApiClient.parse(stored[2]).path(Actor.ROLE).asText()).isEqualTo("OPERATOR");
        assertThat(jdbc.sql("SELECT count(*) FROM event_hash_chain WHERE eventidentifier = ?").param(eventId)
                .query(Long.class).single()).isEqualTo(1);
        // the evicted event is never handled, and the next one of another school still is
        TestSchool next = TestSchool.register(commands, "Следующая школа");
        await().atMost(Duration.ofSeconds(10)).until(() -> probe.handled(next.id()));
        assertThat(probe.handled(bad.id())).isFalse();
    }

    @Test
    void segmentHeldBehindTheHeadIsMarkedStuckAndDegradesTheHealthUntilItMovesOn() {
        TestSchool held = TestSchool.register(commands, PoisonProbe.HOLD + " школа " + UUID.randomUUID());
        try {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                JsonNode health = api.get("/actuator/health", operator).body();
                assertThat(health.path("status").asText()).isEqualTo("DEGRADED");
                assertThat(health.at("/components/processing/details/stuckSegments").toString())
                        .contains(PoisonProbe.GROUP + "#");
            });
            assertThat(segments.segments(PoisonProbe.GROUP)).anyMatch(SegmentPosition::stuck);
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        } finally {
            probe.release();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.handled(held.id()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                healthStatus().isEqualTo("UP"));
        assertThat(segments.segments(PoisonProbe.GROUP)).noneMatch(SegmentPosition::stuck);
    }

    @Test
    void twoOperatorsEvictingOneLetterAtOnceStoreOneEviction() {
        TestSchool bad = TestSchool.register(commands, PoisonProbe.POISON + " лицей " + UUID.randomUUID());
        JsonNode letter = awaitLetter(bad);
        String eviction = API + PoisonProbe.GROUP + "/" + letter.path("letterId").asText() + "/eviction";
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        List<java.util.concurrent.CompletableFuture<Integer>> answers = new ArrayList<>();
        for (String reason : List.of("Первый оператор", "Второй оператор")) {
            answers.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    together.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return api.post(eviction, "{\"reason\": \"" + reason + "\"}", operator).status();
            }));
        }
        List<Integer> statuses = answers.stream().map(java.util.concurrent.CompletableFuture::join).sorted().toList();

        assertThat(statuses).containsExactly(200, 404);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                         WHERE payloadtype = 'ru.mentoring.api.operations.DeadLetterEvicted'
                           AND convert_from(payload, 'UTF8') LIKE ?""")
                .param("%" + letter.path("eventId").asText() + "%").query(Long.class).single()).isOne();
    }

    @Test
    void laterEventsOfAParkedSequenceWaitBehindItAndStayParkedWhenItsFirstLetterIsEvicted() {
        String poisoned = PoisonProbe.POISON + " колледж " + UUID.randomUUID();
        TestSchool bad = TestSchool.register(commands, poisoned);
        JsonNode registration = awaitLetter(bad);
        commands.sendAndWait(new SetOrganizationHeadcounts(bad.id(), 2026, 700, 50),
                MetaData.from(bad.administrator("admin").asMetaData()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(lettersOf(bad)).hasSize(2).allSatisfy(letter ->
                        assertThat(letter.path("lettersInSequence").asLong()).isEqualTo(2)));
        assertThat(probe.tookHeadcounts(bad.id())).as("parked behind the registration").isFalse();

        assertThat(api.post(API + PoisonProbe.GROUP + "/" + registration.path("letterId").asText() + "/eviction",
                "{\"reason\": \"Регистрация повторена вручную\"}", operator).status()).isEqualTo(200);
        assertThat(lettersOf(bad)).singleElement().satisfies(letter -> {
            assertThat(letter.path("eventType").asText()).endsWith("OrganizationHeadcountsSet");
            assertThat(letter.path("lettersInSequence").asLong()).isEqualTo(1);
        });
        assertThat(probe.tookHeadcounts(bad.id())).isFalse();

        ApiClient.Answer retried = api.post(API + PoisonProbe.GROUP + "/retry", "", operator);
        assertThat(retried.body().path("cleared").toString()).contains(bad.id().toString());
        assertThat(lettersOf(bad)).isEmpty();
        assertThat(probe.tookHeadcounts(bad.id())).isTrue();
        assertThat(probe.handled(bad.id())).isFalse();
    }

    @Test
    void unknownGroupOrLetterIsNotFound() {
        ApiClient.Answer group = api.post(API + "no-such-group/retry", "", operator);
        assertThat(group.status()).isEqualTo(404);
        assertThat(group.body().path("code").asText()).isEqualTo("dead-letters.group-unknown");
        ApiClient.Answer letter = api.post(API + PoisonProbe.GROUP + "/" + UUID.randomUUID() + "/eviction",
                "{\"reason\": \"нет такого\"}", operator);
        assertThat(letter.status()).isEqualTo(404);
        assertThat(letter.body().path("code").asText()).isEqualTo("dead-letter.unknown");
        assertThat(api.get("/api/admin/dead-letters", operator).body().findValuesAsText("group"))
                .contains(PoisonProbe.GROUP, "organization-directory", "road-map-milestones", "pair-policies");
    }

    private JsonNode awaitLetter(TestSchool school) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            found.set(letterOf(school));
            assertThat(found.get()).as("dead letter of " + school.name()).isNotNull();
        });
        return found.get();
    }

    private JsonNode letterOf(TestSchool school) {
        List<JsonNode> letters = lettersOf(school);
        return letters.isEmpty() ? null : letters.get(0);
    }

    /** The school's parked events, in the order they would be retried. */
    private List<JsonNode> lettersOf(TestSchool school) {
        ApiClient.Answer listed = api.get(API + PoisonProbe.GROUP, operator);
        assertThat(listed.status()).isEqualTo(200);
        List<JsonNode> letters = new ArrayList<>();
        for (JsonNode letter : listed.body().path("parked")) {
            if (letter.path("aggregateId").asText().equals(school.id().toString())) {
                letters.add(letter);
            }
        }
        return letters;
    }

    private static JsonNode find(JsonNode group, String letterId) {
        for (JsonNode letter : group.path("parked")) {
            if (letter.path("letterId").asText().equals(letterId)) {
                return letter;
            }
        }
        return null;
    }

    /** The group's gauge as the metrics endpoint reads it (tests export to no Prometheus registry). */
    private double gauge() {
        ApiClient.Answer metric = api.get("/actuator/metrics/mentoring.dead.letters?tag=group:" + PoisonProbe.GROUP,
                operator);
        assertThat(metric.status()).isEqualTo(200);
        return metric.body().path("measurements").get(0).path("value").asDouble();
    }

    /** The overall status, with the processing component's details in the message of a failed comparison. */
    private org.assertj.core.api.AbstractStringAssert<?> healthStatus() {
        JsonNode health = api.get("/actuator/health", operator).body();
        return assertThat(health.path("status").asText())
                .as("health, processing: %s", health.at("/components/processing"));
    }
}
