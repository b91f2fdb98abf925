package ru.mentoring.app.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.api.program.*;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reporting service of a region reads the region's KPI report, monitoring forms and program registry, and no
 * answer holds a registered person's name, birth date or contacts; what names people (the bases, a person's card,
 * a program's history) it is refused outright, while the region's auditor reads them.
 */
class ReportingPrivacyIT extends ApplicationIT {

    private static final LocalDate DAY = LocalDate.of(2020, 9, 1);
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A person as the register keeps them, with every piece of personal data it has a field for. */
    private record Someone(String lastName, String firstName, String middleName, LocalDate birthDate, String email,
                           String phone) {

        /** Every form in which this person's data could leak into an answer. */
        List<String> secrets() {
            return List.of(lastName, firstName, middleName, birthDate.toString(), RUSSIAN_DATE.format(birthDate),
                    email, phone, phone.replaceAll("\\D", ""));
        }
    }

    private static final Someone CURATOR = new Someone("Укромова", "Василиса", "Пафнутьевна",
            LocalDate.of(1975, 1, 30), "ukromova.v@example.ru", "+7 912 345-67-00");
    private static final List<Someone> MENTEES = List.of(
            new Someone("Затворникова", "Евлампия", "Ипатьевна", LocalDate.of(2008, 4, 17),
                    "zatvornikova.e@example.ru", "+7 912 345-67-01"),
            new Someone("Молчанов", "Поликарп", "Феофанович", LocalDate.of(2007, 2, 3), "molchanov.p@example.ru",
                    "+7 912 345-67-02"));
    private static final List<Someone> MENTORS = List.of(
            new Someone("Тайнописцева", "Аграфена", "Саввична", LocalDate.of(1979, 11, 23),
                    "tainopistseva.a@example.ru", "+7 912 345-67-03"),
            new Someone("Неглаголев", "Ферапонт", "Лукич", LocalDate.of(1981, 6, 9), "neglagolev.f@example.ru",
                    "+7 912 345-67-04"));

    @Autowired
    private CommandGateway commands;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @LocalServerPort
    private int port;

    private MetaData curator;

    @Test
    void aReportingServiceReadsTheRegionsReportsWithoutAnyonesPersonalDataAndIsRefusedWhatNamesPeople() {
        TestSchool school = TestSchool.register(commands, "МАОУ СОШ № 4 (тест приватности)");
        curator = school.asCurator("curator@school4");
        ProgramId program = ProgramId.random();
        List<PersonId> mentees = new ArrayList<>();
        runToFixedPairs(school, program, mentees);

        ApiClient api = new ApiClient(http, port, keys);
        HttpHeaders reports = api.as(new Actor("reports@" + school.region(), ActorRole.REPORTING_SERVICE,
                school.region(), null, null));
        String region = "region=" + school.region() + "&year=2020";
        // the reports read projections: until the directory has the new school's region it is 404, not yet 200
        JsonNode kpi = await().atMost(Duration.ofSeconds(30)).ignoreExceptionsInstanceOf(AssertionError.class)
                .until(() -> ok(api.get("/api/v1/reports/kpi?" + region, reports)), body -> mentees10to19(body) == 2);
        JsonNode forms = await().atMost(Duration.ofSeconds(30)).ignoreExceptionsInstanceOf(AssertionError.class)
                .until(() -> ok(api.get("/api/v1/reports/monitoring-forms?" + region, reports)),
                        body -> body.path("items").path(0).path("pairsFixed").asInt() == 2);
        JsonNode registry = await().atMost(Duration.ofSeconds(30)).ignoreExceptionsInstanceOf(AssertionError.class)
                .until(() -> ok(api.get("/api/programs?organizationId=" + school.id().value(), reports)),
                body -> body.toString().contains(program.value().toString()));

        List<String> secrets = new ArrayList<>(CURATOR.secrets());
        MENTEES.forEach(someone -> secrets.addAll(someone.secrets()));
        MENTORS.forEach(someone -> secrets.addAll(someone.secrets()));
        assertThat(leaks(kpi, secrets)).as("KPI report").isEmpty();
        assertThat(leaks(forms, secrets)).as("monitoring forms").isEmpty();
        assertThat(leaks(registry, secrets)).as("program registry").isEmpty();

        String menteeBase = "/api/bases/mentees?programId=" + program.value();
        String card = "/api/people/" + mentees.get(0).value();
        String history = "/api/audit/programs/" + program.value() + "/history";
        for (String named : List.of(menteeBase, card, history)) {
            assertThat(api.get(named, reports).status()).as(named).isEqualTo(403);
        }
        // the same answers do name people, as the region's auditor reads them: the search above would see a leak
        HttpHeaders auditor = api.as(school.auditor("auditor@" + school.region()));
        assertThat(leaks(ok(api.get(card, auditor)), MENTEES.get(0).secrets())).contains("Затворникова");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(leaks(ok(api.get(menteeBase, auditor)), secrets)).contains("Молчанов"));
        assertThat(leaks(ok(api.get(history, auditor)), secrets)).contains("Затворникова");
    }

    /** Preparation and matching as the school's curator, for people registered with all their personal data. */
    private void runToFixedPairs(TestSchool school, ProgramId program, List<PersonId> mentees) {
        send(new CreateProgram(program, school.id(), AcademicPeriod.parse("2020-2021"),
                "Программа наставничества (тест приватности)"));
        send(new AppointCurator(program, register(CURATOR), "1-о", DAY));
        for (ProgramDocumentKind kind : List.of(ProgramDocumentKind.IMPLEMENTATION_ORDER,
                ProgramDocumentKind.PROGRAM_REGULATION, ProgramDocumentKind.CURATOR_APPOINTMENT_ORDER)) {
            send(new RegisterProgramDocument(program, kind, "1-о", DAY, null));
        }
        send(new ChooseMentoringForms(program, Set.of(MentoringForm.TEACHER_STUDENT)));
        send(new SetCoverageTargets(program, 100, 10, 5, 5));
        send(new RecordInformingEvent(program, InformingEventKind.PEDAGOGICAL_COUNCIL, DAY, 12));
        List<PersonId> mentors = new ArrayList<>();
        for (int i = 0; i < MENTEES.size(); i++) {
            PersonId mentee = register(MENTEES.get(i));
            send(new EnrollMentee(program, mentee, MenteeCategory.STUDENT, 12 + i, null, "7А", "Учёба",
                    RequestSource.SELF, DAY));
            send(new GiveConsent(program, mentee, ConsentGiver.LEGAL_REPRESENTATIVE, DAY));
            send(new RecordBaselineAssessment(program, mentee, Map.of("успеваемость", 60), DAY));
            mentees.add(mentee);
            PersonId mentor = register(MENTORS.get(i));
            send(new EnrollMentor(program, mentor, MentorCategory.TEACHER, null, 10, "Учёба", 1, null, DAY));
            send(new GiveConsent(program, mentor, ConsentGiver.PARTICIPANT, DAY));
            send(new RecordMentorInterview(program, mentor, DAY, false, true));
            mentors.add(mentor);
        }
        send(new RecordMentorTraining(program, DAY, "Роль наставника", Set.copyOf(mentors)));
        send(new FormMenteeBase(program));
        send(new FormMentorBase(program));
        send(new AdvanceProgramStage(program, ProgramStage.MATCHING));
        send(new RecordGroupMeeting(program, DAY.plusDays(20), mentors.size(), mentees.size()));
        for (int i = 0; i < mentees.size(); i++) {
            send(new ProposePair(program, PairId.random(), MentoringForm.TEACHER_STUDENT,
                    InteractionFormat.INDIVIDUAL, null, Set.of(mentors.get(i)), Set.of(mentees.get(i))));
        }
        send(new FixPairsByOrder(program, "150-о", DAY.plusDays(30)));
    }

    private PersonId register(Someone someone) {
        PersonId id = new PersonId(UUID.randomUUID());
        send(new RegisterPerson(id, someone.lastName(), someone.firstName(), someone.middleName(),
                someone.birthDate(), someone.email(), someone.phone()));
        return id;
    }

    private void send(Object command) {
        commands.sendAndWait(command, curator);
    }

    private static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    private static long mentees10to19(JsonNode kpi) {
        for (JsonNode indicator : kpi.path("indicators")) {
            if (indicator.path("kpi").asText().equals("MENTEES_10_19")) {
                return indicator.path("numerator").asLong();
            }
        }
        return -1;
    }

    /** The secrets found in any field name or value of the whole tree, however deep. */
    private static List<String> leaks(JsonNode node, List<String> secrets) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                found.addAll(containedIn(field.getKey(), secrets));
                found.addAll(leaks(field.getValue(), secrets));
            });
        } else if (node.isArray()) {
            node.forEach(element -> found.addAll(leaks(element, secrets)));
        } else if (node.isValueNode()) {
            found.addAll(containedIn(node.asText(), secrets));
        }
        return found;
    }

    private static List<String> containedIn(String text, List<String> secrets) {
        return secrets.stream().filter(secret -> !secret.isEmpty() && text.contains(secret)).toList();
    }
}
