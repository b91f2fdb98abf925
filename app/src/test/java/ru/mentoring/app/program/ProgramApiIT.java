package ru.mentoring.app.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Creates a program over HTTP against the real PostgreSQL, watches the registry catch up and reads the
 * stored events back with their metadata.
 */
class ProgramApiIT extends ApplicationIT {

    private static final String CURATOR_LOGIN = "ivanova@gymnasium2";
    private static final String PROGRAM_CREATED = "ru.mentoring.api.program.ProgramCreated";

    @Autowired
    private TestRestTemplate http;
    @LocalServerPort
    private int port;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;

    private ApiClient api;
    private TestSchool school;
    private HttpHeaders curator;

    @BeforeEach
    void registerSchool() {
        api = new ApiClient(http, port, keys);
        school = TestSchool.register(commands, "МАОУ «Гимназия № 2»");
        curator = api.as(school.curator(CURATOR_LOGIN));
    }

    private static String createBody(UUID organization, String title) {
        return """
                {"organizationId": "%s", "period": "2021-2022", "title": "%s"}""".formatted(organization, title);
    }

    @Test
    void createdProgramAppearsInTheRegistryAndItsEventsNameTheActorAndCorrelation() {
        UUID organization = school.id().value();
        String correlation = "req-" + UUID.randomUUID();

        Answer created = api.post("/api/programs", createBody(organization, "Программа наставничества 2021-2022"),
                api.as(school.curator(CURATOR_LOGIN), correlation));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getFirst("X-Correlation-Id")).isEqualTo(correlation);
        String programId = created.body().path("programId").asText();
        assertThat(created.headers().getLocation())
                .hasToString("http://localhost:" + port + "/api/programs/" + programId);

        JsonNode shown = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/programs/" + programId, curator), answer -> answer.status() == 200).body();
        assertThat(shown.path("organizationId").asText()).isEqualTo(organization.toString());
        assertThat(shown.path("period").asText()).isEqualTo("2021-2022");
        assertThat(shown.path("title").asText()).isEqualTo("Программа наставничества 2021-2022");
        assertThat(shown.path("curatorId").isNull()).isTrue();

        UUID curatorId = UUID.randomUUID();
        Answer appointed = api.post("/api/programs/" + programId + "/curator", """
                {"curatorId": "%s", "orderNumber": "112-о", "orderDate": "2021-08-30"}""".formatted(curatorId),
                api.as(school.curator("director@gymnasium2")));
        assertThat(appointed.status()).isEqualTo(204);
        String appointmentCorrelation = appointed.headers().getFirst("X-Correlation-Id");
        assertThat(appointmentCorrelation).isNotBlank();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode program = api.get("/api/programs/" + programId, curator).body();
            assertThat(program.path("curatorId").asText()).isEqualTo(curatorId.toString());
            assertThat(program.path("curatorOrderNumber").asText()).isEqualTo("112-о");
            assertThat(program.path("curatorOrderDate").asText()).isEqualTo("2021-08-30");
        });

        List<StoredEvent> events = storedEvents(programId);
        assertThat(events).extracting(StoredEvent::type).containsExactly(
                PROGRAM_CREATED, "ru.mentoring.api.program.CuratorAppointed");
        assertThat(events).extracting(StoredEvent::revision).containsOnly("1");
        assertThat(events.get(0).metaData().path("actorId").asText()).isEqualTo(CURATOR_LOGIN);
        assertThat(events.get(0).metaData().path("actorRole").asText()).isEqualTo("ORGANIZATION_CURATOR");
        assertThat(events.get(0).metaData().path("actorOrganization").asText()).isEqualTo(organization.toString());
        assertThat(events.get(0).metaData().path("correlationId").asText()).isEqualTo(correlation);
        assertThat(events.get(0).metaData().path("causationId").asText()).isNotBlank();
        assertThat(events.get(1).metaData().path("actorId").asText()).isEqualTo("director@gymnasium2");
        assertThat(events.get(1).metaData().path("correlationId").asText()).isEqualTo(appointmentCorrelation);
        assertThat(events.get(0).payload().path("title").asText()).isEqualTo("Программа наставничества 2021-2022");
    }

    @Test
    void listsProgramsOfAnOrganizationAndYear() {
        UUID organization = school.id().value();
        for (String title : List.of("Ученик – ученик", "Учитель – ученик", "Студент – ученик")) {
            assertThat(api.post("/api/programs", createBody(organization, title), curator).status())
                    .isEqualTo(201);
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode page = api.get("/api/programs?organizationId=" + organization + "&period=2021-2022&size=2",
                    curator).body();
            assertThat(page.path("totalElements").asLong()).isEqualTo(3);
            assertThat(page.path("items")).hasSize(2);
        });
        JsonNode otherYear = api.get("/api/programs?organizationId=" + organization + "&period=2022-2023", curator)
                .body();
        assertThat(otherYear.path("totalElements").asLong()).isZero();
        assertThat(api.get("/api/programs?period=2021", curator).status()).isEqualTo(400);
    }

    @Test
    void malformedInputIsRefusedNamingTheField() {
        Answer blankTitle = api.post("/api/programs", createBody(school.id().value(), " "), curator);
        assertThat(blankTitle.status()).isEqualTo(400);
        assertThat(blankTitle.body().path("code").asText()).isEqualTo("validation.failed");
        assertThat(blankTitle.body().path("errors").findValuesAsText("field")).containsExactly("title");

        Answer badPeriod = api.post("/api/programs", """
                {"organizationId": "%s", "period": "2021-2023", "title": "Программа"}""".formatted(school.id()),
                curator);
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.body().path("errors").findValuesAsText("field")).containsExactly("period");

        Answer badUuid = api.post("/api/programs", """
                {"organizationId": "not-a-uuid", "period": "2021-2022", "title": "Программа"}""", curator);
        assertThat(badUuid.status()).isEqualTo(400);
        assertThat(badUuid.body().path("errors").findValuesAsText("field")).containsExactly("organizationId");

        Answer unknownCategory = api.post("/api/programs/" + UUID.randomUUID() + "/mentees", """
                {"personId": "%s", "category": "PUPIL"}""".formatted(UUID.randomUUID()), curator);
        assertThat(unknownCategory.status()).isEqualTo(400);
        assertThat(unknownCategory.body().path("errors").get(0).path("message").asText())
                .contains("STUDENT", "YOUNG_SPECIALIST");

        Answer notJson = api.post("/api/programs", "{", curator);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().path("code").asText()).isEqualTo("request.unreadable");
    }

    @Test
    void actorHeadersWithoutATokenIdentifyNoOne() {
        HttpHeaders claimed = new HttpHeaders();
        claimed.set("X-Actor-Id", CURATOR_LOGIN);
        claimed.set("X-Actor-Role", "ORGANIZATION_CURATOR");
        claimed.set("X-Actor-Organization", school.id().toString());

        Answer anonymous = api.post("/api/programs", createBody(school.id().value(), "Программа"), claimed);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(programsCreatedFor(school)).isZero();
    }

    @Test
    void theStoredActorIsTheTokensSubjectWhateverTheActorHeadersClaim() {
        HttpHeaders headers = api.as(school.curator(CURATOR_LOGIN));
        headers.set("X-Actor-Id", "admin@region");
        headers.set("X-Actor-Role", "REGIONAL_ADMINISTRATOR");
        headers.set("X-Actor-Organization", UUID.randomUUID().toString());

        Answer created = api.post("/api/programs", createBody(school.id().value(), "Программа"), headers);

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        JsonNode metaData = storedEvents(created.body().path("programId").asText()).get(0).metaData();
        assertThat(metaData.path("actorId").asText()).isEqualTo(CURATOR_LOGIN);
        assertThat(metaData.path("actorRole").asText()).isEqualTo("ORGANIZATION_CURATOR");
        assertThat(metaData.path("actorOrganization").asText()).isEqualTo(school.id().toString());
    }

    @Test
    void aCuratorCannotCreateAProgramForAnotherSchool() {
        TestSchool other = TestSchool.register(commands, "МАОУ «Гимназия № 3»");

        Answer refused = api.post("/api/programs", createBody(other.id().value(), "Программа соседей"), curator);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("code").asText()).isEqualTo("access.denied");
        assertThat(programsCreatedFor(other)).isZero();
        // the other school's own curator may: the refusal was about who asked, and the count sees such events
        assertThat(api.post("/api/programs", createBody(other.id().value(), "Программа соседей"),
                api.as(other.curator("curator@gymnasium3"))).status()).isEqualTo(201);
        assertThat(programsCreatedFor(other)).isOne();
    }

    @Test
    void anonymousCallerReadsNoBase() {
        Answer anonymous = api.get("/api/bases/mentees");

        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void businessRulesAreRefusedWithTheRuleInWords() {
        UUID organization = school.id().value();
        assertThat(api.post("/api/programs", createBody(organization, "Педагог – педагог"), curator).status())
                .isEqualTo(201);

        Answer twice = api.post("/api/programs", createBody(organization, "педагог  –  ПЕДАГОГ"), curator);
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.body().path("code").asText()).isEqualTo("program.already-exists");
        assertThat(twice.body().path("detail").asText()).contains("уже есть программа");

        UUID unknown = UUID.randomUUID();
        Answer noSuchProgram = api.post("/api/programs/" + unknown + "/curator", """
                {"curatorId": "%s", "orderNumber": "1", "orderDate": "2021-08-30"}""".formatted(UUID.randomUUID()),
                curator);
        assertThat(noSuchProgram.status()).isEqualTo(404);
        assertThat(noSuchProgram.body().path("code").asText()).isEqualTo("program.not-found");

        assertThat(api.get("/api/programs/" + unknown, curator).status()).isEqualTo(404);
    }

    private record StoredEvent(String type, String revision, JsonNode payload, JsonNode metaData) {
    }

    private List<StoredEvent> storedEvents(String aggregateId) {
        return jdbc.sql("""
                        SELECT payloadtype, payloadrevision, payload, metadata FROM domainevententry
                         WHERE aggregateidentifier = ? ORDER BY sequencenumber""")
                .param(aggregateId)
                .query((row, number) -> new StoredEvent(row.getString(1), row.getString(2),
                        ApiClient.parse(new String(row.getBytes(3), StandardCharsets.UTF_8)),
                        ApiClient.parse(new String(row.getBytes(4), StandardCharsets.UTF_8))))
                .list();
    }

    /** Programs stored for the school, whoever sent them: the school is this test's own, so none are older. */
    private long programsCreatedFor(TestSchool school) {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                         WHERE payloadtype = ? AND convert_from(payload, 'UTF8')::jsonb ->> 'organizationId' = ?""")
                .params(PROGRAM_CREATED, school.id().toString())
                .query(Long.class).single();
    }
}
