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
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.people.PersonalData;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.EnrollMentee;
import ru.mentoring.api.program.EnrollNewMentee;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.RequestSource;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;
import ru.mentoring.command.common.DomainRuleViolation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person not yet in the register is registered and placed in one command, over the API as from the pages:
 * accepted, both the register row and the placement's events are stored; refused — by the program's rules, an
 * unknown program or the sender's scope — the placement's own refusal comes back and nothing of the person is
 * left, neither in the register nor in the event store.
 */
class NewPersonPlacementIT extends ApplicationIT {

    private static final String PEOPLE = "ru.mentoring.api.people.";
    private static final String PROGRAM = "ru.mentoring.api.program.";
    /** Seven years of experience: more than a young specialist (0–3) may have, which the program refuses. */
    private static final String NOT_A_YOUNG_SPECIALIST = "\"category\": \"YOUNG_SPECIALIST\", "
            + "\"experienceYears\": 7, \"request\": \"Классное руководство\", \"requestSource\": \"SELF\", "
            + "\"enrolledOn\": \"2021-09-10\"";

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
    private ProgramId program;
    private HttpHeaders curator;

    @BeforeEach
    void programOfASchool() {
        api = new ApiClient(http, port, keys);
        school = TestSchool.register(commands, "МАОУ «Гимназия № 2»");
        program = ProgramId.random();
        commands.sendAndWait(new CreateProgram(program, school.id(), AcademicPeriod.parse("2021-2022"),
                "Программа наставничества"), school.asCurator("curator@gymnasium2"));
        curator = api.as(school.curator("curator@gymnasium2"), "req-" + UUID.randomUUID());
    }

    @Test
    void aNewMenteeIsRegisteredAndEnrolledByOneCall() {
        Answer created = api.post(path("/mentees/new-person"), """
                {"person": {"lastName": "Соколова", "firstName": "Анна", "birthDate": "2008-03-01",
                            "email": "sokolova@example.ru"},
                 "enrollment": {"category": "STUDENT", "age": 13, "grade": "7А",
                                "request": "Адаптация в новом классе", "requestSource": "SELF",
                                "enrolledOn": "2021-09-10"}}""", curator);

        assertThat(created.status()).isEqualTo(201);
        String person = created.body().path("personId").asText();
        assertThat(created.headers().getLocation()).hasToString("http://localhost:" + port + "/api/people/" + person);
        JsonNode card = api.get("/api/people/" + person, curator).body();
        assertThat(card.path("lastName").asText()).isEqualTo("Соколова");
        assertThat(card.path("email").asText()).isEqualTo("sokolova@example.ru");
        List<JsonNode> enrolled = programEvents(PROGRAM + "MenteeEnrolled");
        assertThat(enrolled).extracting(event -> event.path("personId").asText()).containsExactly(person);
        assertThat(enrolled.get(0).path("grade").asText()).isEqualTo("7А");
        assertThat(eventsNaming(person)).containsExactlyInAnyOrder(PEOPLE + "PersonRegistered",
                PROGRAM + "MenteeEnrolled");
        assertThat(correlationIdsOfEventsNaming(person)).containsOnly(curator.getFirst("X-Correlation-Id"));
    }

    @Test
    void aNewMentorAndANewCuratorArePlacedTheSameWay() {
        Answer mentor = api.post(path("/mentors/new-person"), """
                {"person": {"lastName": "Петрова", "firstName": "Ирина", "middleName": "Сергеевна"},
                 "enrollment": {"category": "TEACHER", "age": 45, "experienceYears": 20,
                                "competencies": "Методика, классное руководство", "capacity": 2,
                                "enrolledOn": "2021-09-10"}}""", curator);
        Answer appointed = api.post(path("/curator/new-person"), """
                {"person": {"lastName": "Иванова", "firstName": "Мария"},
                 "appointment": {"orderNumber": "112-о", "orderDate": "2021-08-30"}}""", curator);

        assertThat(mentor.status()).isEqualTo(201);
        assertThat(appointed.status()).isEqualTo(201);
        String mentorId = mentor.body().path("personId").asText();
        String curatorId = appointed.body().path("personId").asText();
        assertThat(programEvents(PROGRAM + "MentorEnrolled")).extracting(event -> event.path("personId").asText())
                .containsExactly(mentorId);
        assertThat(programEvents(PROGRAM + "CuratorAppointed")).extracting(event -> event.path("curatorId").asText())
                .containsExactly(curatorId);
        assertThat(lastNamesOf(mentorId, curatorId)).containsExactlyInAnyOrder("Петрова", "Иванова");
    }

    @Test
    void aRefusedEnrollmentAnswersAsTheEnrollmentItselfAndKeepsNothingOfThePerson() {
        String surname = "Отказанная-" + UUID.randomUUID().toString().substring(0, 8);

        Answer refused = api.post(path("/mentees/new-person"), """
                {"person": {"lastName": "%s", "firstName": "Ольга"}, "enrollment": {%s}}"""
                .formatted(surname, NOT_A_YOUNG_SPECIALIST), curator);

        String registered = api.post("/api/people", """
                {"lastName": "Белова", "firstName": "Дарья"}""", curator).body().path("personId").asText();
        Answer enrollmentOfSomeoneRegistered = api.post(path("/mentees"), """
                {"personId": "%s", %s}""".formatted(registered, NOT_A_YOUNG_SPECIALIST), curator);
        assertThat(enrollmentOfSomeoneRegistered.status()).isEqualTo(422);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("code").asText()).isEqualTo("mentee.not-young-specialist");
        assertThat(refused.body().path("detail").asText())
                .isEqualTo(enrollmentOfSomeoneRegistered.body().path("detail").asText())
                .startsWith("Молодой специалист");
        assertThat(registeredUnder(surname)).isZero();
        assertThat(programEvents(PROGRAM + "MenteeEnrolled")).isEmpty();
    }

    @Test
    void theCommandRefusedOnTheCommandSideLeavesNoRegisterRowNoEventAndNoPlace() {
        PersonId person = new PersonId(UUID.randomUUID());
        var enrollNew = new EnrollNewMentee(new PersonalData("Орлова", "Ольга", null, null, null, null),
                new EnrollMentee(program, person, MenteeCategory.YOUNG_SPECIALIST, null, 7, null,
                        "Классное руководство", RequestSource.SELF, LocalDate.of(2021, 9, 10)));

        assertThatThrownBy(() -> commands.sendAndWait(enrollNew, school.asCurator("curator@gymnasium2")))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        violation -> assertThat(violation.getCode()).isEqualTo("mentee.not-young-specialist"));

        assertThat(jdbc.sql("SELECT count(*) FROM person_register WHERE person_id = ?").param(person.value())
                .query(Long.class).single()).isZero();
        assertThat(eventsNaming(person.toString())).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM access_place WHERE subject_id = ?").param(person.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aNewCuratorForAnUnknownProgramIsNotFoundAndNotRegistered() {
        String surname = "Безпрограммная-" + UUID.randomUUID().toString().substring(0, 8);

        Answer refused = api.post("/api/programs/" + UUID.randomUUID() + "/curator/new-person", """
                {"person": {"lastName": "%s", "firstName": "Мария"},
                 "appointment": {"orderNumber": "112-о", "orderDate": "2021-08-30"}}""".formatted(surname),
                curator);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(registeredUnder(surname)).isZero();
    }

    @Test
    void aCuratorOfAnotherSchoolIsRefusedAndNothingIsRegistered() {
        TestSchool other = TestSchool.register(commands, "МБОУ «СОШ № 1»");
        String surname = "Чужая-" + UUID.randomUUID().toString().substring(0, 8);

        Answer refused = api.post(path("/mentees/new-person"), """
                {"person": {"lastName": "%s", "firstName": "Анна"},
                 "enrollment": {"category": "STUDENT", "age": 13, "request": "Адаптация",
                                "requestSource": "SELF", "enrolledOn": "2021-09-10"}}""".formatted(surname),
                api.as(other.curator("curator@school1")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("code").asText()).isEqualTo("access.denied");
        assertThat(registeredUnder(surname)).isZero();
        assertThat(programEvents(PROGRAM + "MenteeEnrolled")).isEmpty();
    }

    @Test
    void aBodyWithoutThePlacementIsMalformedInput() {
        Answer refused = api.post(path("/mentees/new-person"), """
                {"person": {"lastName": "Соколова", "firstName": "Анна"}}""", curator);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly("enrollment");
    }

    private String path(String tail) {
        return "/api/programs/" + program.value() + tail;
    }

    /** The payloads of the program's events of one type, in order. */
    private List<JsonNode> programEvents(String type) {
        return jdbc.sql("""
                        SELECT payload FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?
                         ORDER BY sequencenumber""")
                .params(program.value().toString(), type)
                .query((row, number) -> ApiClient.parse(new String(row.getBytes(1), StandardCharsets.UTF_8)))
                .list();
    }

    /** The types of the stored events whose payload names the person. */
    private List<String> eventsNaming(String person) {
        return jdbc.sql("""
                        SELECT payloadtype FROM domainevententry
                         WHERE position(? IN convert_from(payload, 'UTF8')) > 0""")
                .param(person)
                .query(String.class).list();
    }

    private List<String> correlationIdsOfEventsNaming(String person) {
        return jdbc.sql("""
                        SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'correlationId' FROM domainevententry
                         WHERE position(? IN convert_from(payload, 'UTF8')) > 0""")
                .param(person)
                .query(String.class).list();
    }

    private List<String> lastNamesOf(String... people) {
        return jdbc.sql("SELECT last_name FROM person_register WHERE person_id = ANY (?)")
                .param(Arrays.stream(people).map(UUID::fromString).toArray(UUID[]::new))
                .query(String.class).list();
    }

    private long registeredUnder(String surname) {
        return jdbc.sql("SELECT count(*) FROM person_register WHERE last_name = ?").param(surname)
                .query(Long.class).single();
    }
}
