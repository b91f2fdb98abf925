package ru.mentoring.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.people.ErasePersonalData;
import ru.mentoring.api.people.ErasureGround;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.ProgramScenario;
import ru.mentoring.app.TestSchool;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An auditor's view of one program built by the scenario: its history in order with actors and correlation ids,
 * the CSV and JSON exports, its state between two steps, a person's erasure, and a payload altered behind the
 * application's back that the hash chain names. The auditor is the region's, reading the school's programs.
 */
class AuditTrailIT extends ApplicationIT {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @LocalServerPort
    private int port;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private EventProcessingConfiguration processing;

    private ApiClient api;

    @Test
    void aLinkThatCannotBeWrittenFailsTheCommandSoNoEventIsStoredWithoutOne() {
        assertThat(processing.eventProcessor("event-hash-chain"))
                .containsInstanceOf(SubscribingEventProcessor.class);
        assertThat(processing.listenerInvocationErrorHandler("event-hash-chain"))
                .isInstanceOf(PropagatingErrorHandler.class);
        TestSchool school = TestSchool.register(commands, "Школа без звена цепочки");
        ProgramId program = ProgramId.random();
        jdbc.sql("INSERT INTO event_hash_chain VALUES (?, 0, ?, ?)")
                .params(program.toString(), "planted-" + program, "0".repeat(64)).update();

        assertThatThrownBy(() -> commands.sendAndWait(new CreateProgram(program, school.id(),
                AcademicPeriod.parse("2024-2025"), "Без звена цепочки"), school.asCurator("curator@school")))
                .hasStackTraceContaining("event_hash_chain");
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(program.toString()).query(Long.class).single()).isZero();
    }

    @Test
    void auditorsReadCheckAndReplayAProgramsHistory() {
        api = new ApiClient(http, port, keys);
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 2, List.of());
        HttpHeaders auditor = api.as(scenario.school.auditor("auditor@region"));
        String programPath = "/api/audit/programs/" + scenario.program.value();
        // the event store keeps milliseconds: a moment after the scenario, and the next step a little later
        Instant afterScenario = pause();
        String correlation = "audit-" + UUID.randomUUID();
        // headers naming someone else count for nothing: the actor is the token's
        HttpHeaders headers = api.as(scenario.school.curator("curator@gymnasium7"), correlation);
        headers.set("X-Actor-Id", "impostor@elsewhere");
        headers.set("X-Actor-Role", "REGIONAL_ADMINISTRATOR");
        headers.set("X-Actor-Organization", "gymnasium7");
        assertThat(api.post("/api/programs/" + scenario.program.value() + "/informing-events",
                "{\"kind\": \"PARENTS_MEETING\", \"date\": \"2020-10-01\", \"attendance\": 40}", headers)
                .status()).isEqualTo(204);

        JsonNode history = ok(api.get(programPath + "/history", auditor));
        List<JsonNode> entries = list(history.path("entries"));
        assertThat(history.path("aggregateType").asText()).isEqualTo("Program");
        assertThat(history.path("totalEvents").asInt()).isEqualTo(entries.size());
        // the tests snapshot a program every two events: the history still starts at the very first
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i).path("sequenceNumber").asLong()).isEqualTo(i);
            if (i > 0) {
                assertThat(Instant.parse(entries.get(i).path("timestamp").asText()))
                        .isAfterOrEqualTo(Instant.parse(entries.get(i - 1).path("timestamp").asText()));
            }
        }
        JsonNode created = entries.get(0);
        assertThat(created.path("eventType").asText()).isEqualTo("ProgramCreated");
        assertThat(created.path("summary").asText()).isEqualTo("Программа создана: «Программа наставничества "
                + scenario.program + "», 2020-2021 учебный год");
        assertThat(created.path("actorId").asText()).isEqualTo("curator@scenario");
        assertThat(created.path("actorRole").asText()).isEqualTo("ORGANIZATION_CURATOR");
        assertThat(created.path("correlationId").asText()).isNotBlank();
        JsonNode last = entries.get(entries.size() - 1);
        assertThat(last.path("eventType").asText()).isEqualTo("InformingEventRecorded");
        assertThat(last.path("summary").asText())
                .isEqualTo("Проведено информирование (родительское собрание) 01.10.2020, присутствовало 40");
        assertThat(last.path("actorId").asText()).isEqualTo("curator@gymnasium7");
        assertThat(last.path("actorRole").asText()).isEqualTo("ORGANIZATION_CURATOR");
        assertThat(last.path("actorOrganization").asText()).isEqualTo(scenario.school.id().toString());
        assertThat(last.path("correlationId").asText()).isEqualTo(correlation);
        assertThat(summaries(entries, "MenteeEnrolled"))
                .containsExactly("Наставляемый включён в базу: Ученик0 Тест",
                        "Наставляемый включён в базу: Ученик1 Тест");

        // filters: by type, and by period starting at the mentor base
        assertThat(list(ok(api.get(programPath + "/history?type=MenteeEnrolled&type=MentorEnrolled", auditor))
                .path("entries"))).extracting(entry -> entry.path("eventType").asText())
                .containsExactly("MenteeEnrolled", "MentorEnrolled", "MenteeEnrolled", "MentorEnrolled");
        JsonNode mentorBase = entries.stream()
                .filter(entry -> entry.path("eventType").asText().equals("MentorBaseFormed")).findFirst().orElseThrow();
        Instant basesFormed = Instant.parse(mentorBase.path("timestamp").asText());
        List<JsonNode> sinceBases = list(ok(api.get(programPath + "/history?from=" + basesFormed + "&to="
                + afterScenario, auditor)).path("entries"));
        assertThat(sinceBases).extracting(entry -> entry.path("eventId").asText())
                .contains(mentorBase.path("eventId").asText())
                .doesNotContain(created.path("eventId").asText(), last.path("eventId").asText())
                .hasSize((int) entries.stream().map(entry -> Instant.parse(entry.path("timestamp").asText()))
                        .filter(at -> !at.isBefore(basesFormed) && !at.isAfter(afterScenario)).count());

        // exports read back equal to the history
        assertThat(ok(api.get(programPath + "/history.json", auditor))).isEqualTo(history);
        assertThat(ok(api.get(programPath + "/history?format=json", auditor))).isEqualTo(history);
        ResponseEntity<byte[]> csv = http.exchange("http://localhost:" + port + programPath + "/history.csv",
                HttpMethod.GET, new HttpEntity<>(auditor), byte[].class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("history-" + scenario.program.value() + ".csv");
        List<List<String>> rows = Csv.parse(new String(csv.getBody(), StandardCharsets.UTF_8).substring(1));
        assertThat(rows.get(0)).containsExactly("sequenceNumber", "timestamp", "eventId", "eventType", "summary",
                "actorId", "actorRole", "actorOrganization", "correlationId");
        assertThat(rows.subList(1, rows.size())).hasSize(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            assertThat(rows.get(i + 1)).containsExactly(entry.path("sequenceNumber").asText(),
                    entry.path("timestamp").asText(), entry.path("eventId").asText(), entry.path("eventType").asText(),
                    entry.path("summary").asText(), entry.path("actorId").asText(), entry.path("actorRole").asText(),
                    entry.path("actorOrganization").asText(""), entry.path("correlationId").asText());
        }

        // the program as it was between the scenario's end and the next step, and as it is now
        JsonNode before = ok(api.get(programPath + "/as-of?at=" + afterScenario, auditor));
        assertThat(before.path("stage").asText()).isEqualTo("MATCHING");
        assertThat(before.path("eventsApplied").asInt()).isEqualTo(entries.size() - 1);
        assertThat(before.path("informingEvents").asInt()).isOne();
        assertThat(before.path("mentees").asInt()).isEqualTo(2);
        assertThat(before.path("mentors").asInt()).isEqualTo(2);
        assertThat(before.path("fixedPairs").asInt()).isEqualTo(2);
        assertThat(before.path("proposedPairs").asInt()).isZero();
        JsonNode now = ok(api.get(programPath + "/as-of?at=" + Instant.now(), auditor));
        assertThat(now.path("informingEvents").asInt()).isEqualTo(2);
        assertThat(now.path("eventsApplied").asInt()).isEqualTo(entries.size());
        JsonNode atBases = ok(api.get(programPath + "/as-of?at=" + basesFormed, auditor));
        assertThat(atBases.path("mentorBaseFormed").asBoolean()).isTrue();
        assertThat(atBases.path("fixedPairs").asInt()).isZero();
        assertThat(atBases.path("eventsApplied").asInt()).isLessThan(entries.size() - 1);
        assertThat(api.get(programPath + "/as-of?at=2000-01-01T00:00:00Z", auditor).status()).isEqualTo(404);
        assertThat(api.get(programPath + "/as-of?at=yesterday", auditor).body().path("code").asText())
                .isEqualTo("validation.failed");

        // an erased mentee stays in the history, without a name
        PersonId erased = scenario.mentees.get(0);
        commands.sendAndWait(new ErasePersonalData(erased, ErasureGround.CONSENT_WITHDRAWN),
                MetaData.from(scenario.school.administrator("admin@region").asMetaData()));
        List<JsonNode> afterErasure = list(ok(api.get(programPath + "/history", auditor)).path("entries"));
        assertThat(afterErasure).hasSize(entries.size());
        assertThat(summaries(afterErasure, "MenteeEnrolled"))
                .containsExactly("Наставляемый включён в базу: (данные удалены)",
                        "Наставляемый включён в базу: Ученик1 Тест");

        // tamper evidence: intact, then one payload altered with plain SQL is named
        JsonNode intact = ok(api.get(programPath + "/verification", auditor));
        assertThat(intact.path("intact").asBoolean()).isTrue();
        assertThat(intact.path("eventsChecked").asInt()).isEqualTo(entries.size());
        JsonNode council = entries.stream()
                .filter(entry -> entry.path("summary").asText().contains("педагогический совет")).findFirst()
                .orElseThrow();
        int altered = jdbc.sql("""
                        UPDATE domainevententry
                           SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '"attendance":12',
                                                            '"attendance":120'), 'UTF8')
                         WHERE eventidentifier = ? AND convert_from(payload, 'UTF8') LIKE '%"attendance":12%'""")
                .param(council.path("eventId").asText()).update();
        assertThat(altered).isOne();
        JsonNode broken = ok(api.get(programPath + "/verification", auditor));
        assertThat(broken.path("intact").asBoolean()).isFalse();
        assertThat(broken.path("brokenEventId").asText()).isEqualTo(council.path("eventId").asText());
        assertThat(broken.path("brokenAtSequence").asLong()).isEqualTo(council.path("sequenceNumber").asLong());
        assertThat(broken.path("brokenEventType").asText()).isEqualTo("InformingEventRecorded");
        assertThat(broken.path("eventsChecked").asInt()).isEqualTo(council.path("sequenceNumber").asInt());
        assertThat(broken.path("message").asText()).contains("изменено");
    }

    @Test
    void aPairsHistoryAndStateAreAuditedLikeAProgramsAndAnyAggregateById() {
        api = new ApiClient(http, port, keys);
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 1, List.of());
        HttpHeaders auditor = api.as(scenario.school.auditor("auditor@region"));
        PairId pair = scenario.pairs.get(0);
        String pairPath = "/api/audit/pairs/" + pair.value();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get(pairPath + "/history", auditor).status()).isEqualTo(200));
        HttpHeaders curator = api.as(scenario.school.curator("curator@school1"));
        assertThat(api.post("/api/pairs/" + pair.value() + "/agreement", "{\"signedOn\": \"2020-10-05\"}", curator)
                .status()).isEqualTo(204);
        Instant signed = pause();
        assertThat(api.post("/api/pairs/" + pair.value() + "/meetings", """
                {"type": "ORGANIZATIONAL", "date": "2020-10-12", "format": "IN_PERSON", "topic": "Знакомство"}""",
                curator).status()).isEqualTo(204);

        List<JsonNode> entries = list(ok(api.get(pairPath + "/history", auditor)).path("entries"));
        assertThat(entries).extracting(entry -> entry.path("summary").asText()).containsExactly(
                "Пара открыта (форма «педагог – ученик»): наставник Учитель0 Тест, наставляемый Ученик0 Тест",
                "Подписано соглашение о наставничестве 05.10.2020",
                "Проведена встреча № 1 (организационная) 12.10.2020: «Знакомство»");
        JsonNode before = ok(api.get(pairPath + "/as-of?at=" + signed, auditor));
        assertThat(before.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(before.path("agreementSignedOn").asText()).isEqualTo("2020-10-05");
        assertThat(before.path("meetings").path("ORGANIZATIONAL").asInt()).isZero();
        assertThat(ok(api.get(pairPath + "/as-of?at=" + Instant.now(), auditor)).path("meetings")
                .path("ORGANIZATIONAL").asInt()).isOne();
        assertThat(ok(api.get(pairPath + "/verification", auditor)).path("eventsChecked").asInt()).isEqualTo(3);

        // a pair is not a program; any aggregate is reachable by its id
        assertThat(api.get("/api/audit/programs/" + pair.value() + "/history", auditor).status()).isEqualTo(404);
        assertThat(list(ok(api.get("/api/audit/aggregates/" + pair.value() + "/history", auditor)).path("entries")))
                .hasSize(3);
        assertThat(api.get("/api/audit/road-works/" + pair.value() + "/history", auditor).body().path("code")
                .asText()).isEqualTo("audit.unknown-kind");
    }

    /** A moment after everything stored so far and before anything stored next, at the store's milliseconds. */
    private static Instant pause() {
        Instant moment = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return moment;
    }

    private static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> summaries(List<JsonNode> entries, String type) {
        return entries.stream().filter(entry -> entry.path("eventType").asText().equals(type))
                .map(entry -> entry.path("summary").asText()).toList();
    }

    /** Reads RFC 4180 CSV back, quotes and all. */
    static final class Csv {

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    field.append(c);
                }
            }
            return rows;
        }
    }
}
