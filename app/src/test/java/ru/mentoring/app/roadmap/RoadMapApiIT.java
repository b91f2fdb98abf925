package ru.mentoring.app.roadmap;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A curator of a Kogalym school creates the organization's road map from the Kogalym template over HTTP, works
 * through items and reads the progress the projection shows; the municipality's coordinator does the same with
 * the municipality's plan; a past due date goes overdue through the persistent deadline; a CSV import is all or
 * nothing.
 */
class RoadMapApiIT extends ApplicationIT {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @Autowired
    private EventProcessingConfiguration processing;
    @LocalServerPort
    private int port;

    private ApiClient api;
    private TestSchool school;
    private HttpHeaders curator;
    private HttpHeaders coordinator;

    @BeforeEach
    void aSchoolOfItsOwnMunicipality() {
        api = new ApiClient(http, port, keys);
        school = TestSchool.register(commands, "МАОУ СОШ № 1 г. Когалым");
        curator = api.as(school.curator("sharafutdinova@school1"));
        coordinator = api.as(school.coordinator("abdreeva@kogalym"));
    }

    private ApiClient api() {
        return api;
    }

    /** The municipality's own id, the owner of its road map. */
    private UUID municipality() {
        return new TerritoryId(TerritoryLevel.MUNICIPALITY, school.region(), school.municipality()).uuid();
    }

    /** The school's plan, made by its curator. */
    private String createFromTemplate(String code, String period) {
        return createFromTemplate(code, period, school.id().value(), curator);
    }

    private String createFromTemplate(String code, String period, UUID owner, HttpHeaders actor) {
        Answer created = api().post("/api/road-maps/from-template", """
                {"templateCode": "%s", "ownerId": "%s", "period": "%s"}""".formatted(code, owner, period),
                actor);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("id").asText();
    }

    private JsonNode items(String roadMapId, int count) {
        return items(roadMapId, count, curator);
    }

    private JsonNode items(String roadMapId, int count, HttpHeaders reader) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/road-maps/" + roadMapId + "/items",
                reader), answer -> answer.status() == 200 && answer.body().size() == count).body();
    }

    private static String itemId(JsonNode items, String number) {
        for (JsonNode item : items) {
            if (item.path("number").asText().equals(number)) {
                return item.path("itemId").asText();
            }
        }
        throw new AssertionError("no item " + number);
    }

    @Test
    void kogalymOrganizationPlanFromTheTemplateShowsItsProgress() {
        String roadMap = createFromTemplate("kogalym-2020-organization", "2026-2027");
        JsonNode items = items(roadMap, 35);
        assertThat(items.get(19).path("activity").asText())
                .isEqualTo("Проведение первой, организационной, встречи наставника и наставляемого");
        assertThat(items.get(19).path("nextDueDate").asText()).isEqualTo("2027-12-31");
        String base = "/api/road-maps/" + roadMap + "/items/";

        assertThat(api().post(base + itemId(items, "1") + "/start", """
                {"startedOn": "2026-09-01"}""", curator).status()).isEqualTo(204);
        assertThat(api().post(base + itemId(items, "1") + "/completion", """
                {"completedOn": "2026-09-15",
                 "documentReference": "Протокол педагогического совета № 1 от 15.09.2026"}""",
                curator).status()).isEqualTo(204);
        assertThat(api().post(base + itemId(items, "2") + "/completion", """
                {"completedOn": "2026-09-20", "indicatorValue": "4 родительских собрания"}""", curator).status())
                .isEqualTo(204);
        assertThat(api().post(base + itemId(items, "5") + "/start", """
                {"startedOn": "2026-10-01"}""", curator).status()).isEqualTo(204);
        assertThat(api().post(base + itemId(items, "3") + "/cancellation", """
                {"reason": "Выпускники приглашены на встречу по пункту 28", "cancelledOn": "2026-10-02"}""", curator)
                .status()).isEqualTo(204);
        assertThat(api().post("/api/road-maps/" + roadMap + "/approval", """
                {"orderNumber": "377", "orderDate": "2026-05-29"}""", curator).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode progress = api().get("/api/road-maps/" + roadMap + "/progress?asOf=2027-12-10", curator)
                    .body();
            assertThat(progress.path("approvedRevision").asInt()).isEqualTo(1);
            assertThat(progress.path("approvalOrder").asText()).isEqualTo("377");
            JsonNode total = progress.path("total");
            assertThat(total.path("items").asInt()).isEqualTo(35);
            assertThat(total.path("done").asInt()).isEqualTo(2);
            assertThat(total.path("inProgress").asInt()).isEqualTo(1);
            assertThat(total.path("cancelled").asInt()).isEqualTo(1);
            assertThat(total.path("upcoming").asInt()).isEqualTo(32);
            assertThat(total.path("overdue").asInt()).isZero();
            assertThat(total.path("percentDone").asDouble()).isEqualTo(5.9);
            assertThat(progress.path("sections").get(0).path("title").asText())
                    .isEqualTo("Уровень образовательной организации");
            assertThat(progress.path("sections").get(0).path("counts").path("done").asInt()).isEqualTo(2);
            assertThat(progress.path("byResponsible")).hasSize(1);
            assertThat(progress.path("byResponsible").get(0).path("responsible").asText())
                    .startsWith("Руководители образовательных организаций");
        });
        JsonNode done = items(roadMap, 35).get(0);
        assertThat(done.path("status").asText()).isEqualTo("DONE");
        assertThat(done.path("evidenceDocument").asText())
                .isEqualTo("Протокол педагогического совета № 1 от 15.09.2026");
        // not upcoming yet a year and a half earlier
        assertThat(api().get("/api/road-maps/" + roadMap + "/progress?asOf=2026-10-10", curator).body()
                .path("total").path("upcoming").asInt()).isZero();
    }

    @Test
    void anItemWhoseEndHasPassedBecomesOverdueThroughItsDeadline() throws Exception {
        // the municipality's plan, its coordinator's to keep
        UUID owner = municipality();
        Answer created = api().post("/api/road-maps", """
                {"level": "MUNICIPALITY", "ownerId": "%s", "period": "2020-2021",
                 "title": "Дорожная карта внедрения целевой модели наставничества"}""".formatted(owner),
                coordinator);
        assertThat(created.status()).isEqualTo(201);
        String roadMap = created.body().path("id").asText();
        assertThat(api().post("/api/road-maps/" + roadMap + "/sections", """
                {"title": "Муниципальный уровень"}""", coordinator).status()).isEqualTo(204);
        Answer planned = api().post("/api/road-maps/" + roadMap + "/items", """
                {"sectionNumber": 1, "content": {"number": "11",
                  "activity": "Мониторинг удовлетворенности участников программ наставничества",
                  "schedule": {"start": "2021-05-01", "end": "2021-05-31", "asWritten": "Май 2021 года"},
                  "responsible": [
                    "Отдел по организационно-педагогической деятельности (Абдреева Н.П., Ширшова Н.С.)"]}}""",
                coordinator);
        assertThat(planned.status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            JsonNode item = api().get("/api/road-maps/" + roadMap + "/items", coordinator).body().path(0);
            assertThat(item.path("overdue").asBoolean()).isTrue();
            assertThat(item.path("nextDueDate").asText()).isEqualTo("2021-05-31");
            assertThat(api().get("/api/road-maps/" + roadMap + "/progress", coordinator).body().path("total")
                    .path("overdue").asInt()).isEqualTo(1);
        });
        assertThat(overdueEventActor(roadMap)).isEqualTo("system/SYSTEM");
        JsonNode escalation = api().get("/api/road-maps/overdue?level=MUNICIPALITY&ownerId=" + owner
                + "&asOf=2021-06-10", coordinator).body();
        assertThat(escalation).hasSize(1);
        assertThat(escalation.get(0).path("number").asText()).isEqualTo("11");
        assertThat(escalation.get(0).path("daysOverdue").asLong()).isEqualTo(10);
        assertThat(escalation.get(0).path("responsible").get(0).asText())
                .isEqualTo("Отдел по организационно-педагогической деятельности (Абдреева Н.П., Ширшова Н.С.)");
    }

    @Test
    void aCsvImportIsAllOrNothingAndNamesTheBadLines() {
        String roadMap = createFromTemplate("gymnasium2-2021-2022", "2027-2028");
        items(roadMap, 32);
        String header = "№;Содержание;Ожидаемый результат;Показатели;Сроки;Ответственные\n";

        ResponseEntity<String> rejected = postCsv(roadMap, header
                + "12;Участие в муниципальном конкурсе «Лучший наставник»;Приказ о направлении;1 участник;Март 2028;"
                + "Олехнович Е.М.\n"
                + "13;Деловая игра;;;когда-нибудь;\n");
        assertThat(rejected.getStatusCode().value()).isEqualTo(422);
        JsonNode problem = ApiClient.parse(rejected.getBody());
        assertThat(problem.path("code").asText()).isEqualTo("road-map.import-rejected");
        assertThat(problem.path("rows")).hasSize(1);
        assertThat(problem.path("rows").get(0).path("line").asInt()).isEqualTo(3);

        ResponseEntity<String> imported = postCsv(roadMap, header
                + "12;Участие в муниципальном конкурсе «Лучший наставник»;Приказ о направлении;1 участник;Март 2028;"
                + "Олехнович Е.М.\n");
        assertThat(imported.getStatusCode().value()).isEqualTo(201);
        JsonNode all = items(roadMap, 33);
        assertThat(all.get(15).path("number").asText()).isEqualTo("12");
        assertThat(all.get(15).path("term").asText()).isEqualTo("Март 2028");
    }

    @Test
    void itemsComeFromAnXlsxWorkbookToo() throws Exception {
        String roadMap = createFromTemplate("gymnasium2-2021-2022", "2027-2028");
        items(roadMap, 32);
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            String[][] rows = {
                    {"№", "Содержание", "Ожидаемый результат", "Показатели", "Сроки", "Ответственные"},
                    {"5", "Публикация кейсов наставнических пар на сайте гимназии", "Размещены кейсы",
                            "Не менее 3 кейсов", "Июнь 2028", "Кузина М.С."}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(curator);
        headers.setContentType(MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        ResponseEntity<String> imported = http.exchange("http://localhost:" + port + "/api/road-maps/" + roadMap
                + "/sections/4/items", HttpMethod.POST, new HttpEntity<>(xlsx, headers), String.class);

        assertThat(imported.getStatusCode().value()).isEqualTo(201);
        assertThat(ApiClient.parse(imported.getBody()).path("items").asInt()).isEqualTo(1);
        JsonNode all = items(roadMap, 33);
        assertThat(all.findValuesAsText("activity"))
                .contains("Публикация кейсов наставнических пар на сайте гимназии");
    }

    @Test
    void theProgressIsRebuiltTheSameByAReplay() {
        // dates in the future, so that no deadline changes the progress while it is compared
        String roadMap = createFromTemplate("kogalym-2020-municipality", "2027-2028", municipality(), coordinator);
        JsonNode items = items(roadMap, 13, coordinator);
        assertThat(api().post("/api/road-maps/" + roadMap + "/items/" + itemId(items, "4") + "/completion", """
                {"completedOn": "2027-06-20", "documentReference": "Удостоверение о повышении квалификации"}""",
                coordinator).status()).isEqualTo(204);
        String path = "/api/road-maps/" + roadMap + "/progress?asOf=2027-06-25";
        JsonNode before = await().atMost(Duration.ofSeconds(30)).until(() -> api().get(path, coordinator).body(),
                progress -> progress.path("total").path("done").asInt() == 1);
        JsonNode itemsBefore = api().get("/api/road-maps/" + roadMap + "/items", coordinator).body();

        StreamingEventProcessor processor = processing
                .eventProcessor("road-map-progress", StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api().get(path, coordinator).body()).isEqualTo(before);
            assertThat(api().get("/api/road-maps/" + roadMap + "/items", coordinator).body()).isEqualTo(itemsBefore);
        });
        assertThat(before.path("total").path("upcoming").asInt()).isEqualTo(1);
    }

    @Test
    void theSchoolsPlansOfAMunicipalityAddUp() {
        TestSchool other = TestSchool.register(commands, "МАОУ СОШ № 3 г. Когалым", school.municipality(),
                school.region());
        TestSchool last = TestSchool.register(commands, "МАОУ СОШ № 5 г. Когалым", school.municipality(),
                school.region());
        UUID school1 = school.id().value();
        UUID school3 = other.id().value();
        UUID school5 = last.id().value();
        HttpHeaders curator3 = api().as(other.curator("curator@school3"));
        String first = createFromTemplate("kogalym-2020-organization", "2027-2028");
        String third = createFromTemplate("kogalym-2020-organization", "2027-2028", school3, curator3);
        createFromTemplate("kogalym-2020-organization", "2029-2030", school5,
                api().as(last.curator("curator@school5")));
        complete(first, itemId(items(first, 35), "1"), curator);
        complete(third, itemId(items(third, 35, curator3), "1"), curator3);
        complete(third, itemId(items(third, 35, curator3), "2"), curator3);

        // the municipality's coordinator reads the schools' plans together
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode rollUp = api().get("/api/road-maps/roll-up?period=2027-2028&asOf=2027-09-01&organizationId="
                    + school1 + "&organizationId=" + school3 + "&organizationId=" + school5, coordinator).body();
            assertThat(rollUp.path("roadMaps")).hasSize(2);
            assertThat(rollUp.path("withoutRoadMap").get(0).asText()).isEqualTo(school5.toString());
            assertThat(rollUp.path("total").path("items").asInt()).isEqualTo(70);
            assertThat(rollUp.path("total").path("done").asInt()).isEqualTo(3);
            assertThat(rollUp.path("total").path("percentDone").asDouble()).isEqualTo(4.3);
        });
        assertThat(api().get("/api/road-maps/roll-up?period=2027&organizationId=" + school1, coordinator).status())
                .isEqualTo(400);
    }

    private void complete(String roadMap, String item, HttpHeaders actor) {
        assertThat(api().post("/api/road-maps/" + roadMap + "/items/" + item + "/completion", """
                {"completedOn": "2027-09-01", "documentReference": "Приказ ОО"}""", actor).status()).isEqualTo(204);
    }

    @Test
    void nextYearsPlanCarriesOverTheCorrectedItemsButNotTheCancelledOnes() {
        String roadMap = createFromTemplate("kogalym-2020-municipality", "2027-2028", municipality(), coordinator);
        JsonNode items = items(roadMap, 13, coordinator);
        String base = "/api/road-maps/" + roadMap + "/items/";
        assertThat(api().post(base + itemId(items, "4") + "/revision", """
                {"number": "4", "activity": "Обучение куратора на курсах повышения квалификации",
                 "schedule": {"start": "2027-06-01", "end": "2027-06-30", "asWritten": "Июнь 2027 года"},
                 "responsible": ["Отдел по организационно-педагогической деятельности (Абдреева Н.П.)"]}""",
                coordinator).status()).isEqualTo(204);
        assertThat(api().post(base + itemId(items, "13") + "/cancellation", """
                {"reason": "Интернет-ресурс ведёт региональный центр", "cancelledOn": "2027-02-01"}""", coordinator)
                .status()).isEqualTo(204);

        Answer next = api().post("/api/road-maps/" + roadMap + "/next", """
                {"period": "2028-2029"}""", coordinator);

        assertThat(next.status()).isEqualTo(201);
        JsonNode carried = items(next.body().path("id").asText(), 12, coordinator);
        assertThat(carried.get(3).path("activity").asText())
                .isEqualTo("Обучение куратора на курсах повышения квалификации");
        assertThat(carried.get(3).path("nextDueDate").asText()).isEqualTo("2028-06-30");
        assertThat(carried.get(1).path("nextDueDate").asText()).isEqualTo("2028-07-31");
        assertThat(carried.findValuesAsText("number")).doesNotContain("13");
        assertThat(api().post("/api/road-maps/" + roadMap + "/next", """
                {"period": "2027-2028"}""", coordinator).body().path("code").asText())
                .isEqualTo("road-map.period-not-later");
    }

    /**
     * The audit's view of a road map is the RoadMap aggregate folded from the events that count: between two steps
     * by when they were recorded, and by the dates the steps bear, when a start dated before the moment counts while
     * the planning of its item, recorded after it, does not — the road map then has no items yet, and says so.
     */
    @Test
    void auditorsSeeARoadMapAsItWasBetweenTwoStepsAndByTheDatesTheStepsBear() {
        Answer created = api().post("/api/road-maps", """
                {"level": "ORGANIZATION", "ownerId": "%s", "period": "2020-2021",
                 "title": "Дорожная карта аудита"}""".formatted(school.id().value()), curator);
        String roadMap = created.body().path("id").asText();
        assertThat(api().post("/api/road-maps/" + roadMap + "/sections", """
                {"title": "Уровень образовательной организации"}""", curator).status()).isEqualTo(204);
        for (String number : new String[]{"1", "2"}) {
            assertThat(api().post("/api/road-maps/" + roadMap + "/items", """
                    {"sectionNumber": 1, "content": {"number": "%s", "activity": "Мероприятие %s",
                      "schedule": {"end": "2021-05-31", "asWritten": "Май 2021 года"}, "responsible": []}}"""
                    .formatted(number, number), curator).status()).isEqualTo(201);
        }
        JsonNode items = items(roadMap, 2);
        String base = "/api/road-maps/" + roadMap + "/items/";
        assertThat(api().post(base + itemId(items, "1") + "/start", """
                {"startedOn": "2020-09-01"}""", curator).status()).isEqualTo(204);
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        await().pollDelay(Duration.ofMillis(5)).until(() -> Instant.now().isAfter(started));
        assertThat(api().post(base + itemId(items, "1") + "/completion", """
                {"completedOn": "2020-09-15", "documentReference": "Приказ № 12"}""", curator).status())
                .isEqualTo(204);
        assertThat(api().post(base + itemId(items, "2") + "/cancellation", """
                {"reason": "Не актуально", "cancelledOn": "2020-10-02"}""", curator).status()).isEqualTo(204);
        HttpHeaders auditor = api().as(school.auditor("auditor@region"));
        String asOf = "/api/audit/road-maps/" + roadMap + "/as-of?at=";

        JsonNode between = api().get(asOf + started, auditor).body();
        JsonNode now = api().get(asOf + Instant.now(), auditor).body();
        JsonNode byDate = api().get(asOf + "2020-09-10&by=business", auditor).body();

        assertThat(between.path("title").asText()).isEqualTo("Дорожная карта аудита");
        assertThat(between.path("items").findValuesAsText("status")).containsExactly("IN_PROGRESS", "PLANNED");
        assertThat(between.path("done").asInt()).isZero();
        assertThat(now.path("items").findValuesAsText("status")).containsExactly("DONE", "CANCELLED");
        assertThat(now.path("items").findValuesAsText("activity")).containsExactly("Мероприятие 1", "Мероприятие 2");
        assertThat(now.path("done").asInt()).isOne();
        assertThat(now.path("overdue").asInt()).isZero();
        assertThat(byDate.path("items")).isEmpty();
        assertThat(byDate.path("eventsApplied").asInt()).isEqualTo(2);
        assertThat(byDate.path("recordedLater").findValuesAsText("eventType"))
                .containsExactly("RoadMapCreated", "RoadMapItemStarted");
    }

    @Test
    void refusalsSayWhatIsWrong() {
        Answer unknownTemplate = api().post("/api/road-maps/from-template", """
                {"templateCode": "no-such-plan", "ownerId": "%s", "period": "2021-2022"}""".formatted(school.id()),
                curator);
        assertThat(unknownTemplate.status()).isEqualTo(422);
        assertThat(unknownTemplate.body().path("code").asText()).isEqualTo("road-map.template-unknown");

        Answer badPeriod = api().post("/api/road-maps", """
                {"level": "REGION", "ownerId": "%s", "period": "2021/22", "title": "План"}"""
                .formatted(UUID.randomUUID()),
                curator);
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.body().path("errors").findValuesAsText("field")).containsExactly("period");

        Answer noTitle = api().post("/api/road-maps", """
                {"level": "REGION", "ownerId": "%s", "period": "2021-2022", "title": " "}"""
                .formatted(UUID.randomUUID()),
                curator);
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.body().path("errors").findValuesAsText("field")).containsExactly("title");

        // without a token no one is there to act: refused before anything reads the request
        Answer anonymous = api().post("/api/road-maps", """
                {"level": "ORGANIZATION", "ownerId": "%s", "period": "2021-2022", "title": "План"}"""
                .formatted(school.id()), new HttpHeaders());
        assertThat(anonymous.status()).isEqualTo(401);

        assertThat(api().get("/api/road-maps/" + UUID.randomUUID() + "/progress", curator).status()).isEqualTo(404);
    }

    /** Who the stored overdue event names as its actor: "id/role". */
    private static String overdueEventActor(String roadMap) throws Exception {
        try (Connection connection = DATABASE.connect();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT metadata FROM domainevententry
                      WHERE aggregateidentifier = ? AND payloadtype = ?""")) {
            select.setString(1, roadMap);
            select.setString(2, "ru.mentoring.api.roadmap.RoadMapItemBecameOverdue");
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                JsonNode metaData = ApiClient.parse(new String(rows.getBytes(1), StandardCharsets.UTF_8));
                return metaData.path("actorId").asText() + "/" + metaData.path("actorRole").asText();
            }
        }
    }

    private ResponseEntity<String> postCsv(String roadMap, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(curator);
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        return http.exchange("http://localhost:" + port + "/api/road-maps/" + roadMap + "/sections/1/items",
                HttpMethod.POST, new HttpEntity<>(csv, headers), String.class);
    }
}
