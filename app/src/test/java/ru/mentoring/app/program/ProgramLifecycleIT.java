package ru.mentoring.app.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives one program of МАОУ СОШ № 1 of Kogalym (seed 004) through all five stages over HTTP, following the
 * organization section of the road map step by step: ten pupils as mentees, two teachers and two senior
 * pupils as mentors, the forms «педагог – ученик» and «ученик – ученик». The bases and the overview are
 * checked after every stage.
 */
class ProgramLifecycleIT extends ApplicationIT {

    private static final String REGION = "Ханты-Мансийский автономный округ – Югра";
    /** The regional mentoring centre registers the school; its curator runs the program. */
    private static final Actor REGIONAL_ADMINISTRATOR =
            new Actor("admin@ugra", ActorRole.REGIONAL_ADMINISTRATOR, REGION, null, null);

    /** Pupils (fictitious: the seeds name no children): name and age. */
    private static final Map<String, Integer> PUPILS = new LinkedHashMap<>();

    static {
        PUPILS.put("Алексеев Артём", 11);
        PUPILS.put("Белова Дарья", 12);
        PUPILS.put("Васильев Глеб", 12);
        PUPILS.put("Григорьева Ева", 13);
        PUPILS.put("Дмитриев Захар", 13);
        PUPILS.put("Егорова Инна", 14);
        PUPILS.put("Жуков Кирилл", 14);
        PUPILS.put("Зайцева Лиза", 15);
        PUPILS.put("Ильин Марк", 15);
        PUPILS.put("Козлова Нина", 16);
    }

    @Autowired
    private TestRestTemplate http;
    @LocalServerPort
    private int port;
    @Autowired
    private JWKSource<SecurityContext> keys;

    private ApiClient api;
    private HttpHeaders curator;
    private String program;
    private final Map<String, String> people = new LinkedHashMap<>();

    @Test
    void aProgramRunsFromPreparationToCompletion() {
        api = new ApiClient(http, port, keys);
        String school = created(api.post("/api/organizations", """
                {"name": "МАОУ «Средняя общеобразовательная школа № 1» города Когалыма",
                 "municipality": "город Когалым", "region": "%s"}""".formatted(REGION),
                api.as(REGIONAL_ADMINISTRATOR))).path("organizationId").asText();
        curator = api.as(new Actor("shirshova@kogalym", ActorRole.ORGANIZATION_CURATOR, null, null, school));
        PUPILS.forEach((name, age) -> register(name, 2020 - age));
        register("Шарафутдинова Ирина", 1970);
        register("Орлова Ольга", 1980);
        register("Петров Павел", 1985);
        register("Романова Рита", 2003);
        register("Сидоров Семён", 2004);

        // 1. preparation (seed 004, organization items 1–15)
        program = created(api.post("/api/programs", """
                {"organizationId": "%s", "period": "2020-2021", "title": "Программа наставничества обучающихся"}"""
                .formatted(school), curator)).path("programId").asText();
        ok(api.post("/api/programs/" + program + "/curator", """
                {"curatorId": "%s", "orderNumber": "112-о", "orderDate": "2020-08-28"}"""
                .formatted(people.get("Шарафутдинова Ирина")), curator));
        for (String[] document : List.of(new String[]{"IMPLEMENTATION_ORDER", "110-о"},
                new String[]{"PROGRAM_REGULATION", "111-о"}, new String[]{"CURATOR_APPOINTMENT_ORDER", "112-о"})) {
            step("/documents", """
                    {"kind": "%s", "number": "%s", "date": "2020-08-27"}""".formatted(document[0], document[1]));
        }
        step("/forms", """
                {"forms": ["TEACHER_STUDENT", "STUDENT_STUDENT"]}""");
        step("/coverage-targets", """
                {"students": 180, "teachers": 20, "studentCoveragePercent": 5, "teacherCoveragePercent": 5}""");
        step("/informing-events", """
                {"kind": "PEDAGOGICAL_COUNCIL", "date": "2020-09-01", "attendance": 18}""");
        step("/informing-events", """
                {"kind": "PARENTS_MEETING", "date": "2020-09-03", "attendance": 64}""");
        int grade = 5;
        for (var pupil : PUPILS.entrySet()) {
            step("/mentees", """
                    {"personId": "%s", "category": "STUDENT", "age": %d, "grade": "%dА",
                     "request": "%s", "requestSource": "CLASS_TEACHER", "enrolledOn": "2020-09-07"}"""
                    .formatted(people.get(pupil.getKey()), pupil.getValue(), grade++ % 5 + 5,
                            pupil.getValue() < 13 ? "адаптация в коллективе, учёба"
                                    : "подготовка к олимпиаде по математике"));
        }
        enrollMentor("Орлова Ольга", "TEACHER", null, 15, "математика, подготовка к олимпиаде", 3);
        enrollMentor("Петров Павел", "TEACHER", null, 10, "адаптация, классное руководство, учёба", 3);
        enrollMentor("Романова Рита", "STUDENT", 17, null, "олимпиаде по математике, проекты", 1);
        enrollMentor("Сидоров Семён", "STUDENT", 16, null, "адаптация в коллективе, спорт", 1);

        awaitBase("mentees", base -> assertThat(base.path("totalElements").asInt()).isEqualTo(10));
        awaitBase("mentors", base -> {
            assertThat(base.path("totalElements").asInt()).isEqualTo(4);
            assertThat(values(base, "consent")).containsOnly("NONE");
            assertThat(values(base, "municipality")).containsOnly("город Когалым");
        });

        Answer tooEarly = api.post("/api/programs/" + program + "/stage", "{\"to\": \"MATCHING\"}", curator);
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.body().path("code").asText()).isEqualTo("program.stage-conditions-unmet");
        JsonNode consentMissing = condition(tooEarly.body(), "consent-missing");
        assertThat(consentMissing.path("people")).hasSize(14);
        assertThat(consentMissing.path("message").asText()).contains("Алексеев Артём", "Орлова Ольга");
        assertThat(condition(tooEarly.body(), "training-missing").path("message").asText())
                .contains("Наставники без обучения: 4");

        for (String pupil : PUPILS.keySet()) {
            consent(pupil, "LEGAL_REPRESENTATIVE");
            step("/participants/" + people.get(pupil) + "/baseline-assessment", """
                    {"scores": {"успеваемость": 62, "вовлечённость": 55}, "date": "2020-09-10"}""");
        }
        consent("Орлова Ольга", "PARTICIPANT");
        consent("Петров Павел", "PARTICIPANT");
        consent("Романова Рита", "LEGAL_REPRESENTATIVE");
        consent("Сидоров Семён", "LEGAL_REPRESENTATIVE");
        for (String mentor : List.of("Орлова Ольга", "Петров Павел", "Романова Рита", "Сидоров Семён")) {
            step("/mentors/" + people.get(mentor) + "/interview", """
                    {"date": "2020-09-14", "withPsychologist": %s, "passed": true}"""
                    .formatted(mentor.startsWith("Р")));
        }
        step("/mentor-trainings", """
                {"date": "2020-09-17", "topic": "Роль и задачи наставника", "attended": [%s]}"""
                .formatted(quoted("Орлова Ольга", "Петров Павел", "Романова Рита", "Сидоров Семён")));
        step("/bases/mentees/formation", "");
        step("/bases/mentors/formation", "");
        awaitOverview(overview -> assertThat(overview.path("stillNeeded")).isEmpty());
        advanceTo("MATCHING");
        awaitBase("mentees", base -> assertThat(values(base, "consent")).containsOnly("GIVEN"));
        awaitBase("mentors", base -> assertThat(values(base, "interview")).containsOnly("PASSED"));

        // 2. matching (items 16–19)
        step("/group-meeting", """
                {"date": "2020-09-24", "mentorsPresent": 4, "menteesPresent": 10}""");
        step("/participants/" + people.get("Белова Дарья") + "/preferences", """
                {"preferred": [%s]}""".formatted(quoted("Сидоров Семён")));
        step("/participants/" + people.get("Сидоров Семён") + "/preferences", """
                {"preferred": [%s]}""".formatted(quoted("Белова Дарья")));
        // mutual first choices are matched together in any stable assignment; the rest follows the questionnaires
        JsonNode suggestion = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/programs/" + program + "/match-suggestion", curator).body(),
                body -> StreamSupport.stream(body.path("pairs").spliterator(), false).anyMatch(pair ->
                        pair.path("menteeId").asText().equals(people.get("Белова Дарья"))
                                && pair.path("mentorId").asText().equals(people.get("Сидоров Семён"))));
        assertThat(suggestion.path("pairs")).hasSize(8);
        assertThat(suggestion.path("unmatchedMentees")).hasSize(2);
        assertThat(suggestion.path("pairs")).allSatisfy(pair -> assertThat(pair.path("form").asText())
                .isIn("TEACHER_STUDENT", "STUDENT_STUDENT"));
        Answer accepted = api.post("/api/programs/" + program + "/match-suggestion/acceptance", "", curator);
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(201);
        assertThat(accepted.body().path("pairIds")).hasSize(8);
        assertThat(accepted.body().path("unmatchedMentees")).hasSize(2);
        step("/pairs/fixing-order", """
                {"orderNumber": "150-о", "orderDate": "2020-10-01"}""");
        awaitBase("mentees", base -> {
            assertThat(values(base, "pairStatus")).containsOnly("FIXED", "UNMATCHED");
            assertThat(values(base, "pairStatus").stream().filter("UNMATCHED"::equals)).hasSize(2);
        });
        awaitBase("mentees?pairStatus=unmatched", base -> assertThat(base.path("totalElements").asInt()).isEqualTo(2));
        awaitBase("mentors?form=TEACHER_STUDENT", base -> assertThat(base.path("totalElements").asInt()).isZero());
        advanceTo("MEETINGS");

        // 3. meetings (items 20–25: the pairs' own lifecycle), then 4. the final meeting (items 26–29)
        awaitBase("mentors", base -> {
            assertThat(values(base, "pairStatus")).containsOnly("FIXED");
            assertThat(values(base, "menteesAssigned")).containsExactlyInAnyOrder("3", "3", "1", "1");
        });
        advanceTo("FINAL");
        List<String> fixed = fixedParticipants();
        step("/final-event", """
                {"date": "2021-05-20", "title": "Деловая игра «Твой результат – мои возможности»", "present": [%s]}"""
                .formatted(String.join(", ", fixed.subList(0, fixed.size() - 1).stream().map(id -> "\"" + id + "\"")
                        .toList())));
        step("/mentors/" + people.get("Орлова Ольга") + "/awards", """
                {"award": "Лучший наставник 2021", "date": "2021-05-20"}""");
        awaitOverview(overview -> assertThat(overview.path("participation").asInt()).isEqualTo(92));
        awaitBase("mentors?name=Орлова", base -> assertThat(base.path("items").get(0).path("awards").asInt()).isOne());
        advanceTo("MONITORING");

        // 5. monitoring (items 27, 30–34)
        for (String id : fixed) {
            step("/participants/" + id + "/satisfaction", """
                    {"percent": 88, "date": "2021-05-25"}""");
        }
        awaitBase("mentees?pairStatus=FIXED", base -> {
            for (JsonNode mentee : base.path("items")) {
                step("/participants/" + mentee.path("personId").asText() + "/final-assessment", """
                        {"scores": {"успеваемость": 74, "вовлечённость": 70}, "date": "2021-05-27"}""");
            }
        });
        step("/cases", """
                {"title": "Олимпиада как общий проект", "summary": "Пара «ученик – ученик» подготовила призёра \
                муниципального этапа олимпиады", "publishedAt": "https://school1.example/mentoring"}""");
        step("/mentees/" + people.get("Белова Дарья") + "/move-to-mentor-base", "");
        Answer notYet = api.post("/api/programs/" + program + "/stage", "{\"to\": \"COMPLETED\"}", curator);
        assertThat(notYet.status()).isEqualTo(422);
        assertThat(condition(notYet.body(), "report-missing").path("message").asText())
                .isEqualTo("Не представлен отчёт мониторинга");
        step("/monitoring-report", """
                {"date": "2021-11-20", "reference": "Форма мониторинга 2020-2021, вх. № 45"}""");
        advanceTo("COMPLETED");

        awaitOverview(overview -> {
            assertThat(overview.path("completed").asBoolean()).isTrue();
            assertThat(overview.path("pairsFixed").asInt()).isEqualTo(8);
            assertThat(overview.path("unmatchedMentees").asInt()).isEqualTo(2);
            assertThat(overview.path("cases").asInt()).isEqualTo(1);
            assertThat(overview.path("stillNeeded")).isEmpty();
        });
        awaitBase("mentees?name=белова", base ->
                assertThat(base.path("items").get(0).path("nextPeriodMentor").asText()).isEqualTo("2021-2022"));
        awaitBase("mentees?pairStatus=FIXED", base -> {
            assertThat(values(base, "satisfaction")).containsOnly("88");
            assertThat(values(base, "finalAssessed")).containsOnly("true");
        });

        // personal data erased: the base keeps the person, without a name
        String erased = people.get("Алексеев Артём");
        assertThat(api.post("/api/people/" + erased + "/erasure", """
                {"ground": "RETENTION_EXPIRED"}""", curator).status()).isEqualTo(204);
        JsonNode base = api.get("/api/bases/mentees?programId=" + program + "&size=20", curator).body();
        assertThat(StreamSupport.stream(base.path("items").spliterator(), false)
                .filter(row -> row.path("personId").asText().equals(erased))
                .map(row -> row.path("fullName").asText())).containsExactly("(данные удалены)");
        // the card is gone: 410 with the erasure's date, and nothing of the person in the answer
        ApiClient.Answer card = api.get("/api/people/" + erased, curator);
        assertThat(card.status()).isEqualTo(410);
        assertThat(card.body().path("code").asText()).isEqualTo("person.erased");
        assertThat(card.body().path("detail").asText()).startsWith("Персональные данные этого человека удалены ");
        assertThat(Instant.parse(card.body().path("erasedAt").asText())).isBefore(Instant.now());
        assertThat(card.body().toString()).doesNotContain("Алексеев", "Артём");
    }

    private void register(String name, int birthYear) {
        String[] parts = name.split(" ");
        String id = created(api.post("/api/people", """
                {"lastName": "%s", "firstName": "%s", "birthDate": "%d-03-15"}"""
                .formatted(parts[0], parts[1], birthYear), curator)).path("personId").asText();
        people.put(name, id);
    }

    private void enrollMentor(String name, String category, Integer age, Integer experience, String competencies,
                              int capacity) {
        step("/mentors", """
                {"personId": "%s", "category": "%s", "age": %s, "experienceYears": %s, "competencies": "%s",
                 "capacity": %d, "enrolledOn": "2020-09-08"}"""
                .formatted(people.get(name), category, age, experience, competencies, capacity));
    }

    private void consent(String name, String givenBy) {
        step("/participants/" + people.get(name) + "/consent", """
                {"givenBy": "%s", "date": "2020-09-09"}""".formatted(givenBy));
    }

    private void advanceTo(String stage) {
        step("/stage", "{\"to\": \"" + stage + "\"}");
        awaitOverview(overview -> assertThat(overview.path("stage").asText()).isEqualTo(stage));
    }

    private void step(String path, String body) {
        ok(api.post("/api/programs/" + program + path, body.isEmpty() ? "{}" : body, curator));
    }

    private static void ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(204);
    }

    private static JsonNode created(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer.body();
    }

    private String quoted(String... names) {
        return String.join(", ", java.util.Arrays.stream(names).map(name -> "\"" + people.get(name) + "\"").toList());
    }

    private void awaitOverview(Consumer<JsonNode> check) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> check.accept(api.get("/api/programs/" + program + "/overview", curator).body()));
    }

    private void awaitBase(String baseAndFilters, Consumer<JsonNode> check) {
        String separator = baseAndFilters.contains("?") ? "&" : "?";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> check.accept(api.get("/api/bases/"
                + baseAndFilters + separator + "programId=" + program + "&size=50", curator).body()));
    }

    private List<String> fixedParticipants() {
        List<String> fixed = new ArrayList<>();
        for (String base : List.of("mentees", "mentors")) {
            api.get("/api/bases/" + base + "?programId=" + program + "&pairStatus=FIXED&size=50", curator).body()
                    .path("items").forEach(row -> fixed.add(row.path("personId").asText()));
        }
        return fixed;
    }

    private static List<String> values(JsonNode page, String field) {
        List<String> values = new ArrayList<>();
        page.path("items").forEach(row -> values.add(row.path(field).asText()));
        return values;
    }

    private static JsonNode condition(JsonNode problem, String code) {
        for (JsonNode condition : problem.path("conditions")) {
            if (condition.path("code").asText().equals(code)) {
                return condition;
            }
        }
        throw new AssertionError("no condition " + code + " in " + problem);
    }
}
