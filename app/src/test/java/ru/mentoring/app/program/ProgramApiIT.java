package ru.mentoring.app.program;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApplicationIT;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mentoring.app.ApiClient.actor;

/**
 * Creates a program over HTTP against the real PostgreSQL, watches the registry catch up and reads the
 * stored events back with their metadata.
 */
class ProgramApiIT extends ApplicationIT {

    private static final String CURATOR_LOGIN = "ivanova@gymnasium2";

    @Autowired
    private TestRestTemplate http;
    @LocalServerPort
    private int port;

    private ApiClient api() {
        return new ApiClient(http, port);
    }

    private String createBody(UUID organization, String title) {
        return """
                {"organizationId": "%s", "period": "2021-2022", "title": "%s"}""".formatted(organization, title);
    }

    @Test
    void createdProgramAppearsInTheRegistryAndItsEventsNameTheActorAndCorrelation() throws Exception {
        UUID organization = UUID.randomUUID();
        String correlation = "req-" + UUID.randomUUID();

        Answer created = api().post("/api/programs", createBody(organization, "Программа наставничества 2021-2022"),
                actor(CURATOR_LOGIN, "ORGANIZATION_CURATOR", correlation));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getFirst("X-Correlation-Id")).isEqualTo(correlation);
        String programId = created.body().path("programId").asText();
        assertThat(created.headers().getLocation()).hasToString("http://localhost:" + port + "/api/programs/" + programId);

        JsonNode shown = await().atMost(Duration.ofSeconds(20)).until(
                () -> api().get("/api/programs/" + programId), answer -> answer.status() == 200).body();
        assertThat(shown.path("organizationId").asText()).isEqualTo(organization.toString());
        assertThat(shown.path("period").asText()).isEqualTo("2021-2022");
        assertThat(shown.path("title").asText()).isEqualTo("Программа наставничества 2021-2022");
        assertThat(shown.path("curatorId").isNull()).isTrue();

        UUID curator = UUID.randomUUID();
        Answer appointed = api().post("/api/programs/" + programId + "/curator", """
                {"curatorId": "%s", "orderNumber": "112-о", "orderDate": "2021-08-30"}""".formatted(curator),
                actor("director@gymnasium2", "ORGANIZATION_CURATOR", null));
        assertThat(appointed.status()).isEqualTo(204);
        String appointmentCorrelation = appointed.headers().getFirst("X-Correlation-Id");
        assertThat(appointmentCorrelation).isNotBlank();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode program = api().get("/api/programs/" + programId).body();
            assertThat(program.path("curatorId").asText()).isEqualTo(curator.toString());
            assertThat(program.path("curatorOrderNumber").asText()).isEqualTo("112-о");
            assertThat(program.path("curatorOrderDate").asText()).isEqualTo("2021-08-30");
        });

        List<StoredEvent> events = storedEvents(programId);
        assertThat(events).extracting(StoredEvent::type).containsExactly(
                "ru.mentoring.api.program.ProgramCreated", "ru.mentoring.api.program.CuratorAppointed");
        assertThat(events).extracting(StoredEvent::revision).containsOnly("1");
        assertThat(events.get(0).metaData().path("actorId").asText()).isEqualTo(CURATOR_LOGIN);
        assertThat(events.get(0).metaData().path("actorRole").asText()).isEqualTo("ORGANIZATION_CURATOR");
        assertThat(events.get(0).metaData().path("correlationId").asText()).isEqualTo(correlation);
        assertThat(events.get(0).metaData().path("causationId").asText()).isNotBlank();
        assertThat(events.get(1).metaData().path("actorId").asText()).isEqualTo("director@gymnasium2");
        assertThat(events.get(1).metaData().path("correlationId").asText()).isEqualTo(appointmentCorrelation);
        assertThat(events.get(0).payload().path("title").asText()).isEqualTo("Программа наставничества 2021-2022");
    }

    @Test
    void listsProgramsOfAnOrganizationAndYear() {
        UUID organization = UUID.randomUUID();
        for (String title : List.of("Ученик – ученик", "Учитель – ученик", "Студент – ученик")) {
            assertThat(api().post("/api/programs", createBody(organization, title),
                    actor(CURATOR_LOGIN, "ORGANIZATION_CURATOR", null)).status()).isEqualTo(201);
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode page = api().get("/api/programs?organizationId=" + organization + "&period=2021-2022&size=2")
                    .body();
            assertThat(page.path("totalElements").asLong()).isEqualTo(3);
            assertThat(page.path("items")).hasSize(2);
        });
        JsonNode otherYear = api().get("/api/programs?organizationId=" + organization + "&period=2022-2023").body();
        assertThat(otherYear.path("totalElements").asLong()).isZero();
        assertThat(api().get("/api/programs?period=2021").status()).isEqualTo(400);
    }

    @Test
    void malformedInputIsRefusedNamingTheField() {
        Answer blankTitle = api().post("/api/programs", createBody(UUID.randomUUID(), " "),
                actor(CURATOR_LOGIN, "ORGANIZATION_CURATOR", null));
        assertThat(blankTitle.status()).isEqualTo(400);
        assertThat(blankTitle.body().path("code").asText()).isEqualTo("validation.failed");
        assertThat(blankTitle.body().path("errors").findValuesAsText("field")).containsExactly("title");

        Answer badPeriod = api().post("/api/programs", """
                {"organizationId": "%s", "period": "2021-2023", "title": "Программа"}""".formatted(UUID.randomUUID()),
                actor(CURATOR_LOGIN, "ORGANIZATION_CURATOR", null));
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.body().path("errors").findValuesAsText("field")).containsExactly("period");

        Answer badUuid = api().post("/api/programs", """
                {"organizationId": "not-a-uuid", "period": "2021-2022", "title": "Программа"}""",
                actor(CURATOR_LOGIN, "ORGANIZATION_CURATOR", null));
        assertThat(badUuid.status()).isEqualTo(400);
        assertThat(badUuid.body().path("errors").findValuesAsText("field")).containsExactly("organizationId");

        Answer unknownCategory = api().post("/api/programs/" + UUID.randomUUID() + "/mentees", """
                {"personId": "%s", "category": "PUPIL"}""".formatted(UUID.randomUUID()),
                actor(CURATOR_LOGIN, "ORGANIZATION_CURATOR", null));
        assertThat(unknownCategory.status()).isEqualTo(400);
        assertThat(unknownCategory.body().path("errors").get(0).path("message").asText())
                .contains("STUDENT", "YOUNG_SPECIALIST");

        Answer notJson = api().post("/api/programs", "{", actor(CURATOR_LOGIN, "ORGANIZATION_CURATOR", null));
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().path("code").asText()).isEqualTo("request.unreadable");
    }

    @Test
    void aCommandWithoutActorIsRefused() {
        Answer anonymous = api().post("/api/programs", createBody(UUID.randomUUID(), "Программа"),
                new org.springframework.http.HttpHeaders());
        assertThat(anonymous.status()).isEqualTo(400);
        assertThat(anonymous.body().path("code").asText()).isEqualTo("actor.unidentified");

        Answer unknownRole = api().post("/api/programs", createBody(UUID.randomUUID(), "Программа"),
                actor(CURATOR_LOGIN, "JANITOR", null));
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.body().path("detail").asText()).contains("JANITOR");
    }

    @Test
    void businessRulesAreRefusedWithTheRuleInWords() {
        UUID organization = UUID.randomUUID();
        assertThat(api().post("/api/programs", createBody(organization, "Педагог – педагог"),
                actor(CURATOR_LOGIN, "ORGANIZATION_CURATOR", null)).status()).isEqualTo(201);

        Answer twice = api().post("/api/programs", createBody(organization, "педагог  –  ПЕДАГОГ"),
                actor(CURATOR_LOGIN, "ORGANIZATION_CURATOR", null));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.body().path("code").asText()).isEqualTo("program.already-exists");
        assertThat(twice.body().path("detail").asText()).contains("уже есть программа");

        UUID unknown = UUID.randomUUID();
        Answer noSuchProgram = api().post("/api/programs/" + unknown + "/curator", """
                {"curatorId": "%s", "orderNumber": "1", "orderDate": "2021-08-30"}""".formatted(UUID.randomUUID()),
                actor(CURATOR_LOGIN, "ORGANIZATION_CURATOR", null));
        assertThat(noSuchProgram.status()).isEqualTo(404);
        assertThat(noSuchProgram.body().path("code").asText()).isEqualTo("program.not-found");

        assertThat(api().get("/api/programs/" + unknown).status()).isEqualTo(404);
    }

    private record StoredEvent(String type, String revision, JsonNode payload, JsonNode metaData) {
    }

    private List<StoredEvent> storedEvents(String aggregateId) throws Exception {
        List<StoredEvent> events = new ArrayList<>();
        try (Connection connection = DATABASE.connect();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT payloadtype, payloadrevision, payload, metadata FROM domainevententry
                      WHERE aggregateidentifier = ? ORDER BY sequencenumber""")) {
            select.setString(1, aggregateId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new StoredEvent(rows.getString(1), rows.getString(2),
                            ApiClient.parse(new String(rows.getBytes(3), StandardCharsets.UTF_8)),
                            ApiClient.parse(new String(rows.getBytes(4), StandardCharsets.UTF_8))));
                }
            }
        }
        return events;
    }
}
