package ru.mentoring.app.audit;

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
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.AmendIndividualPlan;
import ru.mentoring.api.pair.ApproveIndividualPlan;
import ru.mentoring.api.pair.CompletePair;
import ru.mentoring.api.pair.CompletePlanActivity;
import ru.mentoring.api.pair.DissolvePair;
import ru.mentoring.api.pair.FeedbackSource;
import ru.mentoring.api.pair.GiveFeedback;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PlanActivity;
import ru.mentoring.api.pair.RecordMeeting;
import ru.mentoring.api.pair.SignAgreement;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.AdvanceProgramStage;
import ru.mentoring.api.program.AppointCurator;
import ru.mentoring.api.program.AwardMentor;
import ru.mentoring.api.program.ChooseMentoringForms;
import ru.mentoring.api.program.ConsentGiver;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.EnrollMentee;
import ru.mentoring.api.program.EnrollMentor;
import ru.mentoring.api.program.FixPairsByOrder;
import ru.mentoring.api.program.FormMenteeBase;
import ru.mentoring.api.program.FormMentorBase;
import ru.mentoring.api.program.GiveConsent;
import ru.mentoring.api.program.InformingEventKind;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.MentorCategory;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramDocumentKind;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramStage;
import ru.mentoring.api.program.ProposePair;
import ru.mentoring.api.program.RecordBaselineAssessment;
import ru.mentoring.api.program.RecordCase;
import ru.mentoring.api.program.RecordFinalEvent;
import ru.mentoring.api.program.RecordGroupMeeting;
import ru.mentoring.api.program.RecordInformingEvent;
import ru.mentoring.api.program.RecordMentorInterview;
import ru.mentoring.api.program.RecordMentorTraining;
import ru.mentoring.api.program.RegisterProgramDocument;
import ru.mentoring.api.program.RequestSource;
import ru.mentoring.api.program.SetCoverageTargets;
import ru.mentoring.api.program.WithdrawPairProposal;
import ru.mentoring.api.roadmap.AddRoadMapSection;
import ru.mentoring.api.roadmap.AmendRoadMap;
import ru.mentoring.api.roadmap.ApproveRoadMap;
import ru.mentoring.api.roadmap.CancelRoadMapItem;
import ru.mentoring.api.roadmap.CreateRoadMap;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.ItemSchedule;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.PlanRoadMapItem;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A person's erasure leaves nothing of them in the database: a mentor (who was also a mentee in another program)
 * has every kind of free text written about them — their competencies and request, a withdrawn proposal's reason,
 * a meeting's topic and notes, feedback, a plan's activities, its amendment and an activity's evidence, a pair's
 * outcome, another pair's dissolution, two cases, her name among a road map item's responsible people and in a
 * road map's amendment and cancellation reasons — then is erased (and her name from the road map, which does not
 * know her as a person), and every table of the database, every {@code bytea} column searched as UTF-8 bytes,
 * holds neither her name, contacts nor any of the texts.
 * Histories, exports and projections keep every event, count and date, the texts reading «(удалено)».
 */
class PersonalDataErasureIT extends ApplicationIT {

    private static final LocalDate DAY = LocalDate.of(2020, 9, 1);

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @LocalServerPort
    private int port;

    /** In every text written about the mentor, so that one search finds any of them. */
    private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String lastName = "Стирова" + cyrillic(marker);
    private final String email = "u." + marker + "@example.ru";
    private final String phone = "+7 912 " + (1_000_000 + Math.abs(marker.hashCode() % 8_999_999));

    private TestSchool school;
    private MetaData curator;

    @Test
    void anErasedPersonLeavesNothingInAnyTableWhileTheirEventsStayWhole() {
        school = TestSchool.register(commands, "Школа стирания");
        curator = school.asCurator("curator@erasure");
        PersonId mentor = person(lastName, "Ульяна", email, phone);
        PersonId mentee = person("Ученица", "Анна", null, null);
        PersonId second = person("Ученик", "Борис", null, null);
        ProgramId program = preparedProgram(mentor, List.of(mentee, second));

        // matching: a proposal withdrawn with a reason, then two pairs fixed
        send(new RecordGroupMeeting(program, DAY.plusDays(20), 1, 2));
        PairId withdrawn = PairId.random();
        propose(program, withdrawn, mentor, mentee);
        send(new WithdrawPairProposal(program, withdrawn, "Отозвано: " + marker + " не сошлась характерами"));
        PairId completed = PairId.random();
        PairId dissolved = PairId.random();
        propose(program, completed, mentor, mentee);
        propose(program, dissolved, mentor, second);
        send(new FixPairsByOrder(program, "150-о", DAY.plusDays(30)));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT count(*) FROM pair_progress WHERE pair_id IN (?, ?)")
                .params(completed.value(), dissolved.value()).query(Integer.class).single() == 2);

        // the pair's whole life, every text about the mentor
        LocalDate fixed = DAY.plusDays(30);
        send(new SignAgreement(completed, fixed.plusDays(1)));
        meeting(completed, MeetingType.ORGANIZATIONAL, fixed.plusDays(4));
        meeting(completed, MeetingType.TRIAL, fixed.plusDays(11));
        send(new ApproveIndividualPlan(completed, List.of(new PlanActivity(1, "План: " + marker + " к олимпиаде",
                fixed.plusDays(60), "Результат: " + marker + " получит диплом")), fixed.plusDays(12)));
        meeting(completed, MeetingType.PLANNING, fixed.plusDays(18));
        meeting(completed, MeetingType.REGULAR, fixed.plusDays(25));
        send(new AmendIndividualPlan(completed, List.of(new PlanActivity(1, "План: " + marker + " к олимпиаде",
                fixed.plusDays(70), "Диплом")), "Изменено: " + marker + " болела две недели", fixed.plusDays(26)));
        send(new CompletePlanActivity(completed, 1, fixed.plusDays(27), "Подтверждение: " + marker + " диплом"));
        meeting(completed, MeetingType.FINAL, fixed.plusDays(32));
        send(new GiveFeedback(completed, FeedbackSource.MENTOR, mentor, 5, "Отзыв: " + marker + " довольна работой",
                fixed.plusDays(33)));
        send(new CompletePair(completed, "Итог: " + marker + " подготовила призёра", fixed.plusDays(35)));
        send(new DissolvePair(dissolved, "Причина: " + marker + " переехала в другой город", fixed.plusDays(36)));

        // the program's cases, one from the pair's work and one for the whole program
        send(new AdvanceProgramStage(program, ProgramStage.MEETINGS));
        send(new AdvanceProgramStage(program, ProgramStage.FINAL));
        send(new RecordFinalEvent(program, LocalDate.of(2021, 5, 20), "Итоговая конференция", Set.of(mentor, mentee)));
        send(new AwardMentor(program, mentor, "Грамота: " + marker + " за подготовку призёра",
                LocalDate.of(2021, 5, 20)));
        send(new AdvanceProgramStage(program, ProgramStage.MONITORING));
        send(new RecordCase(program, "Кейс: " + marker, "Описание: " + marker + " и её ученица", null, completed));
        send(new RecordCase(program, "Кейс программы: " + marker, "Итоги года: " + marker, null));

        // in another program the same person is a mentee with a request of her own
        ProgramId other = ProgramId.random();
        send(new CreateProgram(other, school.id(), AcademicPeriod.parse("2021-2022"), "Программа педагогов"));
        send(new ChooseMentoringForms(other, Set.of(MentoringForm.TEACHER_TEACHER)));
        send(new EnrollMentee(other, mentor, MenteeCategory.TEACHER, null, 10, null,
                "Запрос: " + marker + " хочет освоить цифровые инструменты", RequestSource.SELF, DAY.plusYears(1)));

        // the school's road map names her among an item's responsible people, beside a position
        RoadMapId roadMap = RoadMapId.random();
        RoadMapItemId item = RoadMapItemId.random();
        send(new CreateRoadMap(roadMap, RoadMapLevel.ORGANIZATION, school.id().value(), PlanPeriod.parse("2030-2031"),
                "Дорожная карта"));
        send(new AddRoadMapSection(roadMap, "Подготовка"));
        send(new PlanRoadMapItem(roadMap, item, 1, new ItemContent("1", "Обучение наставников", null, null,
                ItemSchedule.between(LocalDate.of(2030, 10, 1), LocalDate.of(2030, 12, 31), "IV квартал 2030"),
                List.of(lastName + " У. М.", "заместитель директора по УВР"))));
        RoadMapItemId cancelled = RoadMapItemId.random();
        send(new PlanRoadMapItem(roadMap, cancelled, 1, new ItemContent("2", "Семинар", null, null,
                ItemSchedule.between(LocalDate.of(2030, 11, 1), LocalDate.of(2030, 11, 30), "ноябрь 2030"),
                List.of("методист"))));
        send(new ApproveRoadMap(roadMap, "245-о", LocalDate.of(2030, 9, 1)));
        send(new AmendRoadMap(roadMap, "По просьбе " + lastName + " У. М. сдвинуты сроки"));
        send(new CancelRoadMapItem(roadMap, cancelled, "Не проводится: " + lastName + " У. М. уволилась",
                LocalDate.of(2030, 10, 15)));

        ApiClient api = new ApiClient(http, port, keys);
        HttpHeaders auditor = api.as(school.auditor("auditor@erasure"));
        String pairPath = "/api/audit/pairs/" + completed.value();
        String programPath = "/api/audit/programs/" + program.value();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT coalesce(outcome, '') FROM pair_progress WHERE pair_id = ?").param(completed.value())
                .query(String.class).single()).contains(marker));
        JsonNode pairHistory = api.get(pairPath + "/history", auditor).body();
        JsonNode programHistory = api.get(programPath + "/history", auditor).body();
        assertThat(pairHistory.toString()).as("the history reads the texts while she is in the register")
                .contains("Итог: " + marker);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT count(*) FROM road_map_progress_item WHERE item_id = ?").param(item.value())
                .query(Integer.class).single() == 1);
        Map<String, List<String>> found = search();
        assertThat(found).as("the texts are in the projections and her name in the register")
                .containsKeys("person_register", "pair_progress", "participant_base", "road_map_progress_item");
        assertThat(found).as("nothing about her ever reaches the event store in the clear")
                .doesNotContainKeys("domainevententry", "snapshotevententry");

        // a reason in words is no longer taken: the ground of the law is
        ApiClient.Answer inWords = api.post("/api/people/" + mentor.value() + "/erasure", """
                {"reason": "Заявление Стировой о переезде"}""", api.as(school.administrator("admin@erasure")));
        assertThat(inWords.status()).isEqualTo(400);
        assertThat(inWords.body().path("code").asText()).isEqualTo("validation.failed");
        assertThat(jdbc.sql("SELECT erased_at IS NULL FROM person_register WHERE person_id = ?")
                .param(mentor.value()).query(Boolean.class).single()).as("not erased").isTrue();

        // erased
        assertThat(api.post("/api/people/" + mentor.value() + "/erasure", """
                {"ground": "CONSENT_WITHDRAWN"}""", api.as(school.administrator("admin@erasure"))).status())
                .isEqualTo(204);

        ApiClient.Answer unknown = api.post("/api/road-maps/" + roadMap.value() + "/responsible/erasure", """
                {"name": "Никто Н. Н."}""", api.as(school.curator("curator@erasure")));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().path("code").asText()).isEqualTo("road-map.responsible-unknown");
        assertThat(api.post("/api/road-maps/" + roadMap.value() + "/responsible/erasure", """
                {"name": "%s у. м."}""".formatted(lastName.toUpperCase()), api.as(school.curator("curator@erasure")))
                .status()).as("a name is found whatever its case").isEqualTo(204);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(search()).isEmpty());
        assertThat(jdbc.sql("SELECT responsible FROM road_map_progress_item WHERE item_id = ?").param(item.value())
                .query(String.class).single()).isEqualTo("(удалено)\nзаместитель директора по УВР");
        assertThat(jdbc.sql("SELECT cancellation_reason FROM road_map_progress_item WHERE item_id = ?")
                .param(cancelled.value()).query(String.class).single()).isEqualTo("(удалено)");
        assertThat(jdbc.sql("SELECT amendment_reason FROM road_map_progress WHERE road_map_id = ?")
                .param(roadMap.value()).query(String.class).single()).isEqualTo("(удалено)");
        Map<String, Object> row = jdbc.sql("SELECT * FROM person_register WHERE person_id = ?")
                .param(mentor.value()).query().singleRow();
        assertThat(row).containsOnlyKeys("person_id", "last_name", "first_name", "middle_name", "birth_date", "email",
                "phone", "registered_at", "erased_at", "erasure_ground");
        assertThat(row.entrySet()).filteredOn(entry -> entry.getValue() != null).extracting(Map.Entry::getKey)
                .as("the register keeps the id, the registration's and the erasure's times and its ground only")
                .containsExactlyInAnyOrder("person_id", "registered_at", "erased_at", "erasure_ground");
        assertThat(row.get("erasure_ground")).isEqualTo("CONSENT_WITHDRAWN");

        // histories and exports keep every event, the texts erased
        JsonNode pairAfter = api.get(pairPath + "/history", auditor).body();
        JsonNode programAfter = api.get(programPath + "/history", auditor).body();
        // every entry read before the erasure is still there (the engine's own steps may have added some since)
        assertThat(eventIds(pairAfter)).containsAll(eventIds(pairHistory));
        assertThat(eventIds(programAfter)).containsAll(eventIds(programHistory));
        assertThat(pairAfter.toString() + programAfter).doesNotContain(marker, lastName);
        JsonNode roadMapHistory = api.get("/api/audit/road-maps/" + roadMap.value() + "/history", auditor).body();
        assertThat(roadMapHistory.toString()).doesNotContain(lastName).contains("Стёрто имя ответственного");
        assertThat(summaries(pairAfter)).contains("Пара завершила работу 05.11.2020: (удалено)",
                "Проведена встреча № 1 (организационная) 05.10.2020: «(удалено)»");
        assertThat(summaries(programAfter)).contains("Предложение пары отозвано: (удалено)",
                "Оформлен кейс № 1: «(удалено)»", "Оформлен кейс № 2: «(удалено)»");
        String csv = http.exchange("http://localhost:" + port + pairPath + "/history.csv", HttpMethod.GET,
                new HttpEntity<>(auditor), String.class).getBody();
        assertThat(csv).contains("(удалено)").doesNotContain(marker);
        JsonNode asOf = api.get(pairPath + "/as-of?at=" + Instant.now(), auditor).body();
        assertThat(asOf.path("outcome").asText()).isEqualTo("(удалено)");
        assertThat(asOf.path("meetings").path("REGULAR").asInt()).isOne();
        assertThat(asOf.path("planDone").asInt()).isOne();
        assertThat(asOf.toString()).doesNotContain(marker);
    }

    /** Every table that holds the mentor's name, contacts or the marker of the texts, with the columns. */
    private Map<String, List<String>> search() {
        return DatabaseSearch.find(jdbc, List.of(marker, lastName, email, phone));
    }

    private ProgramId preparedProgram(PersonId mentor, List<PersonId> mentees) {
        ProgramId program = ProgramId.random();
        send(new CreateProgram(program, school.id(), AcademicPeriod.parse("2020-2021"), "Программа стирания"));
        send(new AppointCurator(program, person("Куратор", "Ксения", null, null), "1-о", DAY));
        for (ProgramDocumentKind kind : List.of(ProgramDocumentKind.IMPLEMENTATION_ORDER,
                ProgramDocumentKind.PROGRAM_REGULATION, ProgramDocumentKind.CURATOR_APPOINTMENT_ORDER)) {
            send(new RegisterProgramDocument(program, kind, "1-о", DAY, null));
        }
        send(new ChooseMentoringForms(program, Set.of(MentoringForm.TEACHER_STUDENT)));
        send(new SetCoverageTargets(program, 100, 10, 5, 5));
        send(new RecordInformingEvent(program, InformingEventKind.PEDAGOGICAL_COUNCIL, DAY, 12));
        for (PersonId mentee : mentees) {
            send(new EnrollMentee(program, mentee, MenteeCategory.STUDENT, 13, null, "7А", "Учёба", RequestSource.SELF,
                    DAY));
            send(new GiveConsent(program, mentee, ConsentGiver.LEGAL_REPRESENTATIVE, DAY));
            send(new RecordBaselineAssessment(program, mentee, Map.of("успеваемость", 60), DAY));
        }
        send(new EnrollMentor(program, mentor, MentorCategory.TEACHER, null, 10,
                "Компетенции: " + marker + " готовит к олимпиадам", 2, null, DAY));
        send(new GiveConsent(program, mentor, ConsentGiver.PARTICIPANT, DAY));
        send(new RecordMentorInterview(program, mentor, DAY, false, true));
        send(new RecordMentorTraining(program, DAY, "Роль наставника", Set.of(mentor)));
        send(new FormMenteeBase(program));
        send(new FormMentorBase(program));
        send(new AdvanceProgramStage(program, ProgramStage.MATCHING));
        return program;
    }

    private void propose(ProgramId program, PairId pair, PersonId mentor, PersonId mentee) {
        send(new ProposePair(program, pair, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL, null,
                Set.of(mentor), Set.of(mentee)));
    }

    private void meeting(PairId pair, MeetingType type, LocalDate on) {
        send(new RecordMeeting(pair, type, on, MeetingFormat.IN_PERSON, "Тема: " + marker + " " + type.title(),
                "Заметки: " + marker + " рассказала о семье", Instant.now()));
    }

    private PersonId person(String last, String first, String mail, String telephone) {
        PersonId id = new PersonId(UUID.randomUUID());
        send(new RegisterPerson(id, last, first, null, LocalDate.of(1990, 3, 14), mail, telephone));
        return id;
    }

    private void send(Object command) {
        commands.sendAndWait(command, curator);
    }

    private static List<String> eventIds(JsonNode history) {
        return StreamSupport.stream(history.path("entries").spliterator(), false)
                .map(entry -> entry.path("eventId").asText()).toList();
    }

    private static List<String> summaries(JsonNode history) {
        return StreamSupport.stream(history.path("entries").spliterator(), false)
                .map(entry -> entry.path("summary").asText()).toList();
    }

    /** The marker's letters and digits as Cyrillic letters: a surname no other test has. */
    private static String cyrillic(String marker) {
        String letters = "абвгдежзиклмнопрстуфхцчшщэюя";
        StringBuilder name = new StringBuilder();
        marker.chars().forEach(c -> name.append(letters.charAt(c % letters.length())));
        return name.toString();
    }
}
