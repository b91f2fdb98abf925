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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.organization.SetOrganizationHeadcounts;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.api.program.*;
import ru.mentoring.api.reporting.Kpi;
import ru.mentoring.api.reporting.SetKpiTargets;
import ru.mentoring.api.reporting.SetTerritoryFigures;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;
import ru.mentoring.app.ui.MoscowCalendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A municipality with two schools and figures computed by hand, checked to the unit against the KPI report. The
 * region's administrator keeps the figures and runs both programs, and reads the reports, narrowed to the region.
 * Every figure applies the one definition of a participant — a person in a pair or group fixed by order: school 1
 * has a pupil surveyed at 0 % who was never paired, and a teacher mentoring two teachers, so a figure that counted
 * the unpaired pupil, a mentor once per pair or mentors as covered teachers would come out different.
 */
class KpiReportIT extends ApplicationIT {

    private static final String REGION = "Ханты-Мансийский автономный округ – Югра (тест KPI)";
    private static final String CITY = "город Когалым";
    private static final LocalDate DAY = LocalDate.of(2020, 9, 1);

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MoscowCalendar calendar;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @LocalServerPort
    private int port;

    private TestSchool schoolOne;

    private void send(Object command) {
        commands.sendAndWait(command, MetaData.from(schoolOne.administrator("admin@region").asMetaData()));
    }

    private PersonId person() {
        PersonId id = new PersonId(UUID.randomUUID());
        send(new RegisterPerson(id, "Участник", "Тест", null, null, null, null));
        return id;
    }

    private TestSchool school(String name) {
        return TestSchool.register(commands, name, CITY, REGION);
    }

    private ProgramId program(OrganizationId school, Set<MentoringForm> forms) {
        ProgramId program = ProgramId.random();
        send(new CreateProgram(program, school, AcademicPeriod.parse("2020-2021"), "Программа"));
        send(new ChooseMentoringForms(program, forms));
        return program;
    }

    private PersonId mentee(ProgramId program, MenteeCategory category, Integer age, Integer experience) {
        PersonId id = person();
        send(new EnrollMentee(program, id, category, age, experience, null, "Учёба", RequestSource.SELF, DAY));
        send(new GiveConsent(program, id, age != null && age < 18 ? ConsentGiver.LEGAL_REPRESENTATIVE
                : ConsentGiver.PARTICIPANT, DAY));
        send(new RecordBaselineAssessment(program, id, Map.of("успеваемость", 60), DAY));
        return id;
    }

    private PersonId mentor(ProgramId program, MentorCategory category, Integer age, String enterprise) {
        return mentor(program, category, age, enterprise, 1);
    }

    private PersonId mentor(ProgramId program, MentorCategory category, Integer age, String enterprise,
                            int capacity) {
        PersonId id = person();
        send(new EnrollMentor(program, id, category, age, category == MentorCategory.STUDENT ? null : 10, "Учёба",
                capacity, enterprise, DAY));
        send(new GiveConsent(program, id, age != null && age < 18 ? ConsentGiver.LEGAL_REPRESENTATIVE
                : ConsentGiver.PARTICIPANT, DAY));
        send(new RecordMentorInterview(program, id, DAY, false, true));
        return id;
    }

    private void toMatching(ProgramId program, List<PersonId> mentors) {
        send(new AppointCurator(program, person(), "1-о", DAY));
        for (ProgramDocumentKind kind : List.of(ProgramDocumentKind.IMPLEMENTATION_ORDER,
                ProgramDocumentKind.PROGRAM_REGULATION, ProgramDocumentKind.CURATOR_APPOINTMENT_ORDER)) {
            send(new RegisterProgramDocument(program, kind, "1-о", DAY, null));
        }
        send(new SetCoverageTargets(program, 60, 20, 5, 5));
        send(new RecordInformingEvent(program, InformingEventKind.PARENTS_MEETING, DAY, 40));
        send(new RecordMentorTraining(program, DAY, "Роль наставника", Set.copyOf(mentors)));
        send(new FormMenteeBase(program));
        send(new FormMentorBase(program));
        send(new AdvanceProgramStage(program, ProgramStage.MATCHING));
        send(new RecordGroupMeeting(program, DAY.plusDays(20), mentors.size(), 4));
    }

    private void pair(ProgramId program, MentoringForm form, PersonId mentor, PersonId mentee) {
        send(new ProposePair(program, PairId.random(), form, InteractionFormat.INDIVIDUAL, null, Set.of(mentor),
                Set.of(mentee)));
    }

    @Test
    void kpisOfAMunicipalityAndTheTargetsOfASchoolMatchHandComputedFigures() {
        schoolOne = school("МАОУ СОШ № 1 (тест KPI)");
        OrganizationId school1 = schoolOne.id();
        OrganizationId school3 = school("МАОУ СОШ № 3 (тест KPI)").id();
        TerritoryId city = new TerritoryId(TerritoryLevel.MUNICIPALITY, REGION, CITY);
        send(new SetTerritoryFigures(city, 2020, 40, 20, 4, 10));
        send(new SetKpiTargets(city, 2020, Map.of(Kpi.MENTEES_10_19, 10, Kpi.MENTORS_15_19, 2, Kpi.YOUNG_TEACHERS, 10,
                Kpi.ENTERPRISES, 2, Kpi.MENTEE_SATISFACTION, 50, Kpi.MENTOR_SATISFACTION, 50)));
        send(new SetOrganizationHeadcounts(school1, 2020, 60, 20));

        // school 1: three pupils in pairs (11, 14, 16), one (12) left unmatched; a teacher, a pupil (16), an employer;
        // a teacher in two pairs «педагог – педагог», with a new teacher and one without pedagogical education
        ProgramId first = program(school1, Set.of(MentoringForm.TEACHER_STUDENT, MentoringForm.STUDENT_STUDENT,
                MentoringForm.EMPLOYER_STUDENT, MentoringForm.TEACHER_TEACHER));
        PersonId m11 = mentee(first, MenteeCategory.STUDENT, 11, null);
        PersonId m14 = mentee(first, MenteeCategory.STUDENT, 14, null);
        PersonId m16 = mentee(first, MenteeCategory.STUDENT, 16, null);
        PersonId unpaired = mentee(first, MenteeCategory.STUDENT, 12, null);
        PersonId newTeacher = mentee(first, MenteeCategory.NEW_TEACHER, null, 2);
        PersonId untrained = mentee(first, MenteeCategory.TEACHER_WITHOUT_PEDAGOGICAL_EDUCATION, null, 5);
        PersonId teacher = mentor(first, MentorCategory.TEACHER, null, null);
        PersonId pupil = mentor(first, MentorCategory.STUDENT, 16, null);
        PersonId employer = mentor(first, MentorCategory.EMPLOYER_REPRESENTATIVE, null, "ООО «Когалымнефть»");
        PersonId twice = mentor(first, MentorCategory.TEACHER, null, null, 2);
        toMatching(first, List.of(teacher, pupil, employer, twice));
        pair(first, MentoringForm.TEACHER_STUDENT, teacher, m11);
        pair(first, MentoringForm.STUDENT_STUDENT, pupil, m14);
        pair(first, MentoringForm.EMPLOYER_STUDENT, employer, m16);
        pair(first, MentoringForm.TEACHER_TEACHER, twice, newTeacher);
        pair(first, MentoringForm.TEACHER_TEACHER, twice, untrained);
        send(new FixPairsByOrder(first, "150-о", DAY.plusDays(30)));

        // school 3: a young specialist with a teacher, a pupil of 18 with a teacher
        ProgramId second = program(school3, Set.of(MentoringForm.TEACHER_TEACHER, MentoringForm.TEACHER_STUDENT));
        PersonId young = mentee(second, MenteeCategory.YOUNG_SPECIALIST, null, 1);
        PersonId m18 = mentee(second, MenteeCategory.STUDENT, 18, null);
        PersonId teacher2 = mentor(second, MentorCategory.TEACHER, null, null);
        PersonId teacher3 = mentor(second, MentorCategory.TEACHER, null, null);
        toMatching(second, List.of(teacher2, teacher3));
        pair(second, MentoringForm.TEACHER_TEACHER, teacher2, young);
        pair(second, MentoringForm.TEACHER_STUDENT, teacher3, m18);
        send(new FixPairsByOrder(second, "77-о", DAY.plusDays(30)));

        for (ProgramId program : List.of(first, second)) {
            for (ProgramStage stage : List.of(ProgramStage.MEETINGS, ProgramStage.FINAL)) {
                send(new AdvanceProgramStage(program, stage));
            }
        }
        // the unpaired pupil's 0 % is recorded first, so it is in the read model whenever the others are
        send(new RecordSatisfaction(first, unpaired, 0, DAY.plusMonths(8)));
        send(new RecordSatisfaction(first, m11, 80, DAY.plusMonths(8)));
        send(new RecordSatisfaction(first, m14, 90, DAY.plusMonths(8)));
        send(new RecordSatisfaction(first, teacher, 70, DAY.plusMonths(8)));
        send(new RecordSatisfaction(first, twice, 60, DAY.plusMonths(8)));
        send(new RecordSatisfaction(second, young, 100, DAY.plusMonths(8)));

        ApiClient api = new ApiClient(http, port, keys);
        HttpHeaders admin = api.as(schoolOne.administrator("admin@region"));
        String query = "/api/v1/reports/kpi?region=" + REGION + "&municipality=" + CITY + "&year=2020";
        JsonNode report = await().atMost(Duration.ofSeconds(30)).until(() -> api.get(query, admin).body(),
                body -> indicator(body, "MENTOR_SATISFACTION").path("numerator").asLong() == 130
                        && indicator(body, "MENTEE_SATISFACTION").path("numerator").asLong() == 270
                        && indicator(body, "MENTEES_10_19").path("numerator").asLong() == 4);

        assertKpi(report, "MENTEES_10_19", 4, 40, 10.0, true);
        assertThat(texts(indicator(report, "MENTEES_10_19").path("people")))
                .containsExactlyInAnyOrder(ids(m11, m14, m16, m18));
        assertThat(texts(indicator(report, "MENTEES_10_19").path("pairs"))).hasSize(4);
        assertThat(texts(indicator(report, "MENTEES_10_19").path("programs")))
                .containsExactlyInAnyOrder(first.toString(), second.toString());
        assertKpi(report, "MENTORS_15_19", 1, 20, 5.0, true);
        assertThat(texts(indicator(report, "MENTORS_15_19").path("people"))).containsExactly(ids(pupil));
        assertKpi(report, "YOUNG_TEACHERS", 1, 4, 25.0, true);
        assertKpi(report, "ENTERPRISES", 1, 10, 10.0, true);
        assertThat(texts(indicator(report, "ENTERPRISES").path("enterprises"))).containsExactly("ооо «когалымнефть»");
        // satisfaction: 80 + 90 + 100 of three paired mentees; the unpaired pupil's 0 % is not a participant's
        assertKpi(report, "MENTEE_SATISFACTION", 270, 300, 90.0, true);
        assertThat(texts(indicator(report, "MENTEE_SATISFACTION").path("people")))
                .containsExactlyInAnyOrder(ids(m11, m14, young));
        assertKpi(report, "MENTOR_SATISFACTION", 130, 200, 65.0, true);
        assertThat(texts(indicator(report, "MENTOR_SATISFACTION").path("people")))
                .containsExactlyInAnyOrder(ids(teacher, twice));
        assertTheBiViewReads(report, "MUNICIPALITY", CITY);
        assertTheBiViewReads(api.get("/api/v1/reports/kpi?region=" + REGION + "&year=2020", admin).body(), "REGION",
                "");
        assertThat(indicator(report, "MENTEES_10_19").path("peopleTotal").asLong()).isEqualTo(4);
        assertThat(indicator(report, "MENTOR_SATISFACTION").path("peopleTotal").asLong()).isEqualTo(2);
        // the trace pages through the same people in the order of their ids, each with their pair and program
        String trace = "/api/v1/reports/kpi/trace?kpi=MENTEES_10_19&region=" + REGION + "&municipality=" + CITY
                + "&year=2020&size=3";
        JsonNode firstPage = api.get(trace, admin).body();
        assertThat(firstPage.path("total").asLong()).isEqualTo(4);
        assertThat(firstPage.path("items")).hasSize(3);
        assertThat(firstPage.path("next").asText()).isEqualTo(firstPage.path("items").get(2).path("personId").asText());
        JsonNode lastPage = api.get(trace + "&after=" + firstPage.path("next").asText(), admin).body();
        assertThat(lastPage.path("items")).hasSize(1);
        assertThat(lastPage.path("next").isNull()).isTrue();
        List<String> traced = new java.util.ArrayList<>(firstPage.path("items").findValuesAsText("personId"));
        traced.addAll(lastPage.path("items").findValuesAsText("personId"));
        assertThat(traced).containsExactlyInAnyOrder(ids(m11, m14, m16, m18))
                .containsExactlyElementsOf(texts(indicator(report, "MENTEES_10_19").path("people")));
        JsonNode pupilOfSchool3 = java.util.stream.Stream.concat(
                        java.util.stream.StreamSupport.stream(firstPage.path("items").spliterator(), false),
                        java.util.stream.StreamSupport.stream(lastPage.path("items").spliterator(), false))
                .filter(item -> item.path("personId").asText().equals(m18.toString())).findFirst().orElseThrow();
        assertThat(texts(pupilOfSchool3.path("programs"))).containsExactly(second.toString());
        assertThat(pupilOfSchool3.path("pairs")).hasSize(1);
        assertThat(api.get(trace.replace("size=3", "size=0"), admin).status()).isEqualTo(400);
        // by form: pairs, and distinct people — the teacher of two pairs is one mentor
        assertThat(report.path("byForm").findValuesAsText("form")).containsExactly("EMPLOYER_STUDENT",
                "STUDENT_STUDENT", "TEACHER_STUDENT", "TEACHER_TEACHER");
        assertFormCount(report, 0, 1, 1, 1);
        assertFormCount(report, 1, 1, 1, 1);
        assertFormCount(report, 2, 2, 2, 2);
        assertFormCount(report, 3, 3, 3, 2);

        // only the pairs of one form: «педагог – ученик» has one pupil in each school and two teachers
        JsonNode teacherStudent = api.get(query + "&form=TEACHER_STUDENT", admin).body();
        assertThat(texts(indicator(teacherStudent, "MENTEES_10_19").path("people")))
                .containsExactlyInAnyOrder(ids(m11, m18));
        assertThat(indicator(teacherStudent, "MENTORS_15_19").path("numerator").asLong()).isZero();
        assertKpi(teacherStudent, "MENTOR_SATISFACTION", 70, 100, 70.0, true);
        assertKpi(teacherStudent, "MENTEE_SATISFACTION", 80, 100, 80.0, true);

        // the plans' target reads pair progress, a projection of its own that may not have the pairs yet
        JsonNode school = await().atMost(Duration.ofSeconds(30)).until(() -> api.get(
                        "/api/v1/reports/kpi?organizationId=" + school1.value() + "&year=2020", admin).body(),
                body -> !target(body, "plans-done").path("denominator").isNull());
        assertThat(school.path("scope").asText()).isEqualTo("МАОУ СОШ № 1 (тест KPI)");
        // coverage counts mentees: 3 paired pupils of 60; 2 teacher mentees of 20 (not their 2 mentors)
        assertTarget(school, "student-coverage", 3, 60L, 5.0, true);
        assertTarget(school, "teacher-coverage", 2, 20L, 10.0, true);
        // consent: the 9 participants, not the unpaired pupil
        assertTarget(school, "consent", 9, 9L, 100.0, true);
        // no plan activities yet: nothing to divide by, so no value and not met
        assertTarget(school, "plans-done", 0, 0L, null, false);
        assertTarget(school, "final-event-participation", 0, null, null, false);
        assertTarget(school, "mentor-training", 1, null, 1.0, false);
        assertKpi(school, "MENTEE_SATISFACTION", 170, 200, 85.0, null);

        // the region has no reference figures yet: numerators are there, values are not
        JsonNode region = api.get("/api/v1/reports/kpi?region=" + REGION + "&year=2020", admin).body();
        assertThat(indicator(region, "MENTEES_10_19").path("numerator").asLong()).isEqualTo(4);
        assertThat(indicator(region, "MENTEES_10_19").path("value").isNull()).isTrue();

        // the annual monitoring form of school 1, and the region's roll-up exported as XLSX and CSV
        String forms = "/api/v1/reports/monitoring-forms?organizationId=" + school1.value() + "&year=2020";
        JsonNode form = await().atMost(Duration.ofSeconds(20)).until(() -> api.get(forms, admin).body()
                        .path("items").get(0),
                body -> body.path("pairsFixed").asLong() == 5);
        assertThat(form.path("mentees").asLong()).isEqualTo(5);
        assertThat(form.path("menteeStudents").asLong()).isEqualTo(3);
        assertThat(form.path("mentors").asLong()).isEqualTo(4);
        assertThat(form.path("mentorTeachers").asLong()).isEqualTo(2);
        assertThat(form.path("mentorEmployers").asLong()).isOne();
        assertThat(form.path("consentPercent").asDouble()).isEqualTo(100.0);
        assertThat(form.path("menteeSatisfaction").asDouble()).isEqualTo(85.0);
        assertThat(form.path("dueOn").asText()).isEqualTo("2021-11-25");
        assertThat(form.path("late").asBoolean()).isTrue();

        JsonNode secondPage = api.get("/api/v1/reports/monitoring-forms?region=" + REGION
                + "&year=2020&page=1&size=1", admin).body();
        assertThat(secondPage.path("totalElements").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/reports/monitoring-forms?region=" + REGION + "&municipality=" + CITY
                + "&year=2020", admin).body().path("totalElements").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/reports/monitoring-forms?region=" + REGION + "&municipality=город Покачи"
                + "&year=2020", admin).status()).isEqualTo(404);
        assertThat(secondPage.path("items").get(0).path("organization").asText()).isEqualTo("МАОУ СОШ № 3 (тест KPI)");

        byte[] xlsx = http.exchange("http://localhost:" + port + "/api/v1/reports/monitoring-forms.xlsx?region="
                + REGION + "&year=2020", HttpMethod.GET, new HttpEntity<>(admin), byte[].class).getBody();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Организация");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("МАОУ СОШ № 1 (тест KPI)");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(5.0);
            assertThat(sheet.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(1.0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String csv = http.exchange("http://localhost:" + port + "/api/v1/reports/monitoring-forms.csv?region="
                + REGION + "&year=2020", HttpMethod.GET, new HttpEntity<>(admin), String.class).getBody();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("\uFEFFРегион;Муниципалитет;Организация;Учебный год");
        assertThat(lines.get(2).split(";")[2]).isEqualTo("МАОУ СОШ № 3 (тест KPI)");
        assertThat(lines.get(2).split(";")[7]).isEqualTo("1");

        // ETag: an unchanged report answers 304 Not Modified
        var first304 = http.exchange("http://localhost:" + port + query, HttpMethod.GET, new HttpEntity<>(admin),
                String.class);
        HttpHeaders conditional = new HttpHeaders();
        conditional.addAll(admin);
        conditional.setIfNoneMatch(first304.getHeaders().getETag());
        assertThat(http.exchange("http://localhost:" + port + query, HttpMethod.GET, new HttpEntity<>(conditional),
                String.class).getStatusCode().value()).isEqualTo(304);

        // as submitted, and as corrected: a late survey changes the figures now, not the version sent; the
        // submission is dated today in Moscow whatever date the caller sends, so long after the 2021 deadline
        String submission = "/api/organizations/" + school1.value() + "/monitoring-forms/2020/submission";
        HttpHeaders curator = api.as(schoolOne.curator("curator@school1"));
        assertThat(api.post(submission, """
                {"submittedOn": "2021-11-20", "reference": "Исх. № 45 от 20.11.2021"}""", curator).status())
                .isEqualTo(201);
        LocalDate submittedOn = calendar.today();
        send(new RecordSatisfaction(first, m16, 40, DAY.plusMonths(9)));
        String versions = "/api/v1/reports/monitoring-forms/versions?organizationId=" + school1.value() + "&year=2020";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode both = api.get(versions, admin).body();
            assertThat(both.path("submitted")).hasSize(1);
            assertThat(both.path("submitted").get(0).path("form").path("menteeSatisfaction").asDouble())
                    .isEqualTo(85.0);
            assertThat(both.path("current").path("menteeSatisfaction").asDouble()).isEqualTo(70.0);
            assertThat(both.path("current").path("submittedOn").asText()).isEqualTo(submittedOn.toString());
            assertThat(both.path("current").path("late").asBoolean()).isTrue();
        });
        assertThat(api.post(submission, """
                {"submittedOn": "2021-12-02", "reference": "Исх. № 51, уточнённая"}""", curator).status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode both = api.get(versions, admin).body();
            assertThat(both.path("submitted").findValuesAsText("version")).containsExactly("1", "2");
            assertThat(both.path("submitted").get(0).path("form").path("menteeSatisfaction").asDouble())
                    .isEqualTo(85.0);
            assertThat(both.path("submitted").get(1).path("form").path("menteeSatisfaction").asDouble())
                    .isEqualTo(70.0);
            assertThat(both.path("submitted").get(1).path("reference").asText()).isEqualTo("Исх. № 51, уточнённая");
        });
    }

    @Test
    void aTypoInATerritoryOrAnUnknownOrganizationIsNotFoundAndNamesTheClosestKnownNames() {
        // a region of its own, so that the other test's counts of the region stay its own
        String region = REGION + " (опечатки)";
        schoolOne = TestSchool.register(commands, "МАОУ СОШ № 5 (тест KPI)", CITY, region);
        TestSchool pokachi = TestSchool.register(commands, "МАОУ СОШ № 4 (тест KPI)", "город Покачи", region);
        ApiClient api = new ApiClient(http, port, keys);
        HttpHeaders admin = api.as(schoolOne.administrator("admin@region"));
        String known = "/api/v1/reports/kpi?region=" + region + "&municipality=город Покачи&year=2020";
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(known, admin).status() == 200);

        // a municipality of the caller's region, misspelt: the report's own check, nearest names first
        var municipality = api.get("/api/v1/reports/kpi?region=" + region + "&municipality=город Когалм&year=2020",
                admin);
        assertThat(municipality.status()).isEqualTo(404);
        assertThat(municipality.body().path("code").asText()).isEqualTo("municipality.not-found");
        assertThat(municipality.body().path("detail").asText())
                .contains("Муниципалитет «город Когалм»", "не найден", "«город Когалым»");
        assertThat(texts(municipality.body().path("closest"))).containsExactly(CITY, "город Покачи");
        assertThat(api.get("/api/v1/reports/monitoring-forms?region=" + region + "&municipality=город Покач"
                + "&year=2020", admin).body().path("closest").get(0).asText()).isEqualTo("город Покачи");

        // a misspelt region lies outside the administrator's scope: named, with their own region offered
        var misspelt = api.get("/api/v1/reports/kpi?region=Ханты-Мансийский округ&year=2020", admin);
        assertThat(misspelt.status()).isEqualTo(404);
        assertThat(misspelt.body().path("code").asText()).isEqualTo("region.not-found");
        assertThat(misspelt.body().path("detail").asText()).contains("Регион «Ханты-Мансийский округ» не найден");
        assertThat(texts(misspelt.body().path("closest"))).containsExactly(region);

        var organization = api.get("/api/v1/reports/kpi?organizationId=" + UUID.randomUUID() + "&year=2020", admin);
        assertThat(organization.status()).isEqualTo(404);
        assertThat(organization.body().path("code").asText()).isEqualTo("organization.not-found");
        assertThat(api.get("/api/v1/reports/kpi?organizationId=" + pokachi.id().value() + "&year=2020", admin)
                .status()).isEqualTo(200);
    }

    private static String[] ids(PersonId... people) {
        return java.util.Arrays.stream(people).map(PersonId::toString).toArray(String[]::new);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /**
     * The BI tools' view of the indicators ({@code reporting.kpi_by_territory}) reads what the report says, to the
     * unit: numerator, denominator, value, target and whether it is met, for each of the six.
     */
    private void assertTheBiViewReads(JsonNode report, String level, String municipality) {
        List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT * FROM reporting.kpi_by_territory
                         WHERE level = ? AND region = ? AND municipality = ? AND year = 2020""")
                .params(level, REGION, municipality).query().listOfRows();
        assertThat(rows).hasSize(6);
        for (Map<String, Object> row : rows) {
            JsonNode indicator = indicator(report, (String) row.get("kpi"));
            String kpi = level + " " + row.get("kpi");
            assertThat(((Number) row.get("numerator")).longValue()).as(kpi)
                    .isEqualTo(indicator.path("numerator").asLong());
            assertThat(row.get("denominator") == null ? null : ((Number) row.get("denominator")).longValue()).as(kpi)
                    .isEqualTo(indicator.path("denominator").isNull() ? null : indicator.path("denominator").asLong());
            assertThat(row.get("value") == null ? null : ((Number) row.get("value")).doubleValue()).as(kpi)
                    .isEqualTo(indicator.path("value").isNull() ? null : indicator.path("value").asDouble());
            assertThat(row.get("target") == null ? null : ((Number) row.get("target")).intValue()).as(kpi)
                    .isEqualTo(indicator.path("target").isNull() ? null : indicator.path("target").asInt());
            assertThat(row.get("met")).as(kpi)
                    .isEqualTo(indicator.path("met").isNull() ? null : indicator.path("met").asBoolean());
        }
    }

    private static JsonNode indicator(JsonNode report, String kpi) {
        for (JsonNode indicator : report.path("indicators")) {
            if (indicator.path("kpi").asText().equals(kpi)) {
                return indicator;
            }
        }
        throw new AssertionError("no " + kpi + " in " + report);
    }

    private static JsonNode target(JsonNode report, String code) {
        for (JsonNode target : report.path("organizationTargets")) {
            if (target.path("code").asText().equals(code)) {
                return target;
            }
        }
        throw new AssertionError("no " + code + " in " + report);
    }

    private static void assertKpi(JsonNode report, String kpi, long numerator, long denominator, double value,
                                  Boolean met) {
        JsonNode indicator = indicator(report, kpi);
        assertThat(indicator.path("numerator").asLong()).as(kpi + " numerator").isEqualTo(numerator);
        assertThat(indicator.path("denominator").asLong()).as(kpi + " denominator").isEqualTo(denominator);
        assertThat(indicator.path("value").asDouble()).as(kpi + " value").isEqualTo(value);
        assertThat(indicator.path("met").isNull() ? null : indicator.path("met").asBoolean()).as(kpi + " met")
                .isEqualTo(met);
    }

    private static void assertTarget(JsonNode report, String code, long numerator, Long denominator, Double value,
                                     boolean met) {
        JsonNode target = target(report, code);
        assertThat(target.path("numerator").asLong()).as(code + " numerator").isEqualTo(numerator);
        assertThat(target.path("denominator").isNull() ? null : target.path("denominator").asLong())
                .as(code + " denominator").isEqualTo(denominator);
        assertThat(target.path("value").isNull() ? null : target.path("value").asDouble()).as(code + " value")
                .isEqualTo(value);
        assertThat(target.path("met").asBoolean()).as(code + " met").isEqualTo(met);
    }

    private static void assertFormCount(JsonNode report, int row, long pairs, long mentees, long mentors) {
        JsonNode count = report.path("byForm").get(row);
        String form = count.path("form").asText();
        assertThat(count.path("pairs").asLong()).as(form + " pairs").isEqualTo(pairs);
        assertThat(count.path("mentees").asLong()).as(form + " mentees").isEqualTo(mentees);
        assertThat(count.path("mentors").asLong()).as(form + " mentors").isEqualTo(mentors);
    }
}
