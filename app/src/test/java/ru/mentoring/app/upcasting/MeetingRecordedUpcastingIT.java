package ru.mentoring.app.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mentoring.api.audit.ChainKeyring;
import ru.mentoring.api.audit.EventHashChain;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.ProgramScenario;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An installation upgraded with a {@code MeetingRecorded} stored in revision 1 (its day under {@code date}), the
 * way the previous release wrote it: the row in {@code domainevententry} and its hash chain link computed over
 * those stored bytes. After the upgrade the pair's aggregate, its projection, a rebuild of that projection and
 * the audit history all read the event as revision 2, and the chain still verifies, because the rows are never
 * rewritten and the verification hashes what is stored, not a new serialization.
 */
class MeetingRecordedUpcastingIT extends ApplicationIT {

    private static final Actor OPERATOR = new Actor("operator", ActorRole.OPERATOR, null, null, null);
    private static final String MEETING_RECORDED = "ru.mentoring.api.pair.MeetingRecorded";

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private ChainKeyring chainKeys;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @LocalServerPort
    private int port;

    @Test
    void aMeetingStoredInRevisionOneIsReadEverywhereAsRevisionTwo() {
        ApiClient api = new ApiClient(http, port, keys);
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 1, List.of());
        PairId pair = scenario.pairs.get(0);
        HttpHeaders curator = api.as(scenario.school.curator("curator@school1"));
        HttpHeaders auditor = api.as(scenario.school.auditor("auditor@region"));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/pairs/" + pair.value(), curator)
                .status() == 200);

        storeOrganizationalMeetingInRevisionOne(pair);

        // the projection reads the old row through the upcaster
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode progress = api.get("/api/pairs/" + pair.value(), curator).body();
            assertThat(progress.path("meetings").path("ORGANIZATIONAL").asInt()).isOne();
            assertThat(progress.path("lastMeetingOn").asText()).isEqualTo("2020-10-05");
        });

        // and so does a rebuild of it from the event store
        String rowVersion = pairProgressRowVersion(pair);
        HttpHeaders operator = api.as(OPERATOR);
        assertThat(api.post("/api/admin/projections/pair-progress/rebuild", "", operator).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(pairProgressRowVersion(pair)).isNotEqualTo(rowVersion);
            JsonNode status = pairProgressStatus(api.get("/api/admin/projections", operator).body());
            assertThat(status.path("replaying").asBoolean()).isFalse();
            assertThat(status.path("percent").asInt()).isEqualTo(100);
            JsonNode progress = api.get("/api/pairs/" + pair.value(), curator).body();
            assertThat(progress.path("meetings").path("ORGANIZATIONAL").asInt()).isOne();
            assertThat(progress.path("lastMeetingOn").asText()).isEqualTo("2020-10-05");
        });

        // the aggregate loads it: only an organizational meeting in its history lets the trial one follow
        Answer trial = api.post("/api/pairs/" + pair.value() + "/meetings", """
                {"type": "TRIAL", "date": "2020-10-12", "format": "ONLINE", "topic": "Пробная встреча"}""", curator);
        assertThat(trial.status()).as(trial.body().toString()).isEqualTo(204);
        Map<String, Object> stored = jdbc.sql("""
                        SELECT payloadrevision, convert_from(payload, 'UTF8') AS payload FROM domainevententry
                         WHERE aggregateidentifier = ? AND payloadtype = ? ORDER BY sequencenumber DESC LIMIT 1""")
                .params(pair.value().toString(), MEETING_RECORDED)
                .query().singleRow();
        assertThat(stored.get("payloadrevision")).isEqualTo("2");
        JsonNode newest = ApiClient.parse((String) stored.get("payload"));
        assertThat(newest.path("number").asInt()).isEqualTo(2);
        assertThat(newest.path("heldOn").asText()).isEqualTo("2020-10-12");
        assertThat(newest.has("date")).isFalse();

        String audit = "/api/audit/pairs/" + pair.value();
        JsonNode history = api.get(audit + "/history", auditor).body();
        assertThat(history.path("entries").findValuesAsText("summary")).contains(
                "Проведена встреча № 1 (организационная) 05.10.2020: «Знакомство»",
                "Проведена встреча № 2 (пробная рабочая) 12.10.2020: «Пробная встреча»");

        JsonNode verification = api.get(audit + "/verification", auditor).body();
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.path("eventsChecked").asInt()).isEqualTo(3);
        // the old row is still stored as it was written
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                         WHERE aggregateidentifier = ? AND payloadtype = ? AND payloadrevision = '1'""")
                .params(pair.value().toString(), MEETING_RECORDED).query(Long.class).single()).isOne();
    }

    /**
     * Writes the row and its chain link as the release before revision 2 did: Axon's JDBC event store stored the
     * payload's JSON as bytes, and {@code EventChainWriter} linked them to the pair's previous event.
     */
    private void storeOrganizationalMeetingInRevisionOne(PairId pair) {
        String aggregateId = pair.value().toString();
        transaction.executeWithoutResult(status -> {
            Map<String, Object> previous = jdbc.sql("""
                            SELECT e.sequencenumber, e.metadata, c.hash FROM domainevententry e
                              JOIN event_hash_chain c USING (aggregateidentifier, sequencenumber)
                             WHERE e.aggregateidentifier = ? ORDER BY e.sequencenumber DESC LIMIT 1""")
                    .param(aggregateId).query().singleRow();
            long sequence = (Long) previous.get("sequencenumber") + 1;
            String eventId = UUID.randomUUID().toString();
            byte[] payload = """
                    {"pairId":"%s","number":1,"type":"ORGANIZATIONAL","date":"2020-10-05","format":"IN_PERSON",\
                    "topic":"Знакомство","notes":null}""".formatted(aggregateId).getBytes(StandardCharsets.UTF_8);
            byte[] metadata = (byte[]) previous.get("metadata");
            String timestamp = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
            jdbc.sql("""
                            INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                          metadata, payload, payloadrevision, payloadtype, "timestamp")
                            VALUES (?, ?, 'Pair', ?, ?, ?, '1', ?, ?)""")
                    .params(aggregateId, sequence, eventId, metadata, payload, MEETING_RECORDED, timestamp)
                    .update();
            // its link made as the application makes them, after the pair's keyed ones
            String link = EventHashChain.link(chainKeys.current(), (String) previous.get("hash"), aggregateId, sequence,
                    eventId, MEETING_RECORDED, payload, metadata, timestamp);
            jdbc.sql("""
                            INSERT INTO event_hash_chain (aggregateidentifier, sequencenumber, eventidentifier, hash,
                                                          key_id)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(aggregateId, sequence, eventId, link, chainKeys.current().id())
                    .update();
        });
    }

    private String pairProgressRowVersion(PairId pair) {
        return jdbc.sql("SELECT xmin::text FROM pair_progress WHERE pair_id = ?").param(pair.value())
                .query(String.class).optional().orElse("");
    }

    private static JsonNode pairProgressStatus(JsonNode statuses) {
        for (JsonNode status : statuses) {
            if ("pair-progress".equals(status.path("name").asText())) {
                return status;
            }
        }
        throw new AssertionError("no pair-progress in " + statuses);
    }
}
