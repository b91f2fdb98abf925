package ru.mentoring.app.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.organization.RegisterOrganization;
import ru.mentoring.api.organization.SetOrganizationHeadcounts;
import ru.mentoring.api.pair.ApproveIndividualPlan;
import ru.mentoring.api.pair.FeedbackSource;
import ru.mentoring.api.pair.GiveFeedback;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PlanActivity;
import ru.mentoring.api.pair.RecordMeeting;
import ru.mentoring.api.pair.SignAgreement;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.api.program.*;
import ru.mentoring.api.reporting.Kpi;
import ru.mentoring.api.reporting.SetKpiTargets;
import ru.mentoring.api.reporting.SetTerritoryFigures;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;
import ru.mentoring.api.roadmap.ApproveRoadMap;
import ru.mentoring.api.roadmap.CompleteRoadMapItem;
import ru.mentoring.api.roadmap.CreateRoadMapFromTemplate;
import ru.mentoring.api.roadmap.ItemEvidence;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemPlanned;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.security.UiUsers;
import ru.mentoring.app.security.api.ApiClientRegistry;
import ru.mentoring.app.ui.MoscowCalendar;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A living system on first start: with {@code MENTORING_DEMO=true} (or {@code --demo}) and an empty event store,
 * loads the world of the seeds through the real commands, so that every page and report has something true to
 * show — the Kogalym municipality with the nine organizations of seed 004 (and Gymnasium No 2 of seed 001, whose
 * document names no town, placed there), its figures and the KPI targets of seed 004, the road maps of the three
 * templates for the current academic year with items done and others overdue, and at the gymnasium a program
 * mid-way: documents, bases formed, five pairs fixed by order, meetings held, a plan, feedback, and one pair
 * stalled. Its dates lie in the last three months, so the deadlines that follow from them (a stalled pair, overdue
 * items) are the engine's own. A demo account per role, and a reporting client, are made and their passwords
 * printed once in the log. A database that holds any event is refused, and nothing is loaded.
 */
@Component
public class DemoWorld implements ApplicationRunner {

    static final String REGION = "Ханты-Мансийский автономный округ – Югра";
    static final String MUNICIPALITY = "город Когалым";
    static final String GYMNASIUM = "МБОУ «Гимназия № 2»";
    /** Seed 004, appendix 3, and seed 001's gymnasium. */
    static final List<String> ORGANIZATIONS = List.of(
            "МАОУ «Средняя общеобразовательная школа № 1» города Когалыма",
            "МАОУ «Средняя общеобразовательная школа № 3» города Когалыма",
            "МАОУ «Средняя общеобразовательная школа № 5» города Когалыма",
            "МАОУ «Средняя общеобразовательная школа № 6» города Когалыма",
            "МАОУ «Средняя общеобразовательная школа № 7» города Когалыма",
            "МАОУ «Средняя общеобразовательная школа № 8 с углубленным изучением отдельных предметов» города Когалыма",
            "МАОУ «Средняя общеобразовательная школа № 10» города Когалыма",
            "МАУ ДО «Дом детского творчества» города Когалыма",
            "МАУ ДО «Детская школа искусств» города Когалыма",
            GYMNASIUM);
    private static final Logger LOG = LoggerFactory.getLogger(DemoWorld.class);
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final long DEMO_LOCK = 7236952829117186118L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandGateway commands;
    private final EventStore events;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final UiUsers users;
    private final PasswordEncoder passwords;
    private final ApiClientRegistry clients;
    private final MoscowCalendar calendar;
    private final boolean requested;

    DemoWorld(CommandGateway commands, EventStore events, JdbcClient jdbc, DataSource dataSource,
              UiUsers users, PasswordEncoder passwords, ApiClientRegistry clients, MoscowCalendar calendar,
              @Value("${mentoring.demo:false}") boolean requested) {
        this.commands = commands;
        this.events = events;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.users = users;
        this.passwords = passwords;
        this.clients = clients;
        this.calendar = calendar;
        this.requested = requested;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requested || args.containsOption("demo")) {
            load();
        }
    }

    /**
     * Loads the demo world into an empty event store; several nodes asked at once load it once.
     *
     * @return the accounts made, by login, with their one-time passwords; empty when refused
     */
    public Optional<Map<String, String>> load() {
        // a lock of this session, held on a connection of its own while the commands run on others: a second node
        // asked at once waits, then finds the store full
        try (Connection lock = dataSource.getConnection(); Statement statement = lock.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + DEMO_LOCK + ")");
            try {
                long stored = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
                if (stored > 0) {
                    LOG.warn("Demo data is loaded into an empty database only; this one holds {} events: nothing "
                            + "was loaded", stored);
                    return Optional.empty();
                }
                LOG.info("Loading the demo world (Kogalym, Gymnasium No 2) through the commands…");
                Map<String, String> accounts = new Loading(calendar.today()).run();
                StringBuilder printed = new StringBuilder("Demo loaded. Demo accounts, passwords shown this once:");
                accounts.forEach((login, password) -> printed.append("\n  ").append(login).append(" / ")
                        .append(password));
                LOG.warn(printed.toString());
                return Optional.of(accounts);
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + DEMO_LOCK + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The demo world could not be loaded: " + e.getMessage(), e);
        }
    }

    /** One load, dated from {@code today}. */
    private final class Loading {

        private final LocalDate today;
        private final LocalDate start;
        private final PlanPeriod period;
        private final Map<String, OrganizationId> organizations = new LinkedHashMap<>();
        private Actor administrator;
        private Actor curator;

        Loading(LocalDate today) {
            this.today = today;
            this.start = today.minusDays(95);
            this.period = new PlanPeriod(start.getMonthValue() >= 9 ? start.getYear() : start.getYear() - 1,
                    start.getMonthValue() >= 9 ? start.getYear() + 1 : start.getYear());
        }

        Map<String, String> run() {
            administrator = new Actor("demo.region", ActorRole.REGIONAL_ADMINISTRATOR, REGION, null, null);
            for (String name : ORGANIZATIONS) {
                OrganizationId id = new OrganizationId(UUID.randomUUID());
                send(administrator, new RegisterOrganization(id, name, MUNICIPALITY, REGION));
                organizations.put(name, id);
            }
            OrganizationId gymnasium = organizations.get(GYMNASIUM);
            curator = new Actor("demo.curator", ActorRole.ORGANIZATION_CURATOR, REGION, MUNICIPALITY,
                    gymnasium.value().toString());
            territory();
            roadMaps(gymnasium);
            program(gymnasium);
            return accounts(gymnasium);
        }

        private void territory() {
            TerritoryId kogalym = new TerritoryId(TerritoryLevel.MUNICIPALITY, REGION, MUNICIPALITY);
            // seed 004 appendix 2: the targets for 2020 and 2024; the figures are illustrative
            Map<Kpi, Integer> targets2020 = Map.of(Kpi.MENTEES_10_19, 10, Kpi.MENTORS_15_19, 2,
                    Kpi.YOUNG_TEACHERS, 10, Kpi.ENTERPRISES, 2, Kpi.MENTEE_SATISFACTION, 50,
                    Kpi.MENTOR_SATISFACTION, 50);
            Map<Kpi, Integer> targets2024 = Map.of(Kpi.MENTEES_10_19, 70, Kpi.MENTORS_15_19, 10,
                    Kpi.YOUNG_TEACHERS, 70, Kpi.ENTERPRISES, 30, Kpi.MENTEE_SATISFACTION, 85,
                    Kpi.MENTOR_SATISFACTION, 85);
            send(administrator, new SetKpiTargets(kogalym, 2020, targets2020));
            send(administrator, new SetKpiTargets(kogalym, 2024, targets2024));
            int year = period.firstYear();
            if (year != 2020 && year != 2024) {
                send(administrator, new SetKpiTargets(kogalym, year, targets2024));
            }
            for (int figuresYear : Set.of(2020, year)) {
                send(administrator, new SetTerritoryFigures(kogalym, figuresYear, 7400, 3600, 95, 410));
            }
            send(administrator, new SetOrganizationHeadcounts(organizations.get(GYMNASIUM), year, 820, 64));
        }

        private void roadMaps(OrganizationId gymnasium) {
            UUID municipality = new TerritoryId(TerritoryLevel.MUNICIPALITY, REGION, MUNICIPALITY).uuid();
            roadMap(administrator, "kogalym-2020-municipality", municipality, "112-о", "Дорожная карта внедрения "
                    + "целевой модели наставничества в образовательных организациях города Когалыма на " + period);
            roadMap(administrator, "kogalym-2020-organization", organizations.get(ORGANIZATIONS.get(0)).value(),
                    "45-о", "Дорожная карта внедрения целевой модели наставничества в МАОУ «СОШ № 1» города Когалыма на "
                            + period);
            roadMap(curator, "gymnasium2-2021-2022", gymnasium.value(), "87-о", "План мероприятий (дорожная карта) "
                    + "внедрения целевой модели наставничества МБОУ «Гимназия № 2» на " + period + " учебный год");
        }

        /**
         * A road map of the template for the period, approved; of its one-off items due by now the earlier half done
         * and the rest left overdue (when only one is due, it stays overdue and an item due later is done early).
         */
        private void roadMap(Actor actor, String template, UUID owner, String order, String title) {
            RoadMapId id = RoadMapId.random();
            send(actor, new CreateRoadMapFromTemplate(id, template, owner, period, title));
            send(actor, new ApproveRoadMap(id, order, start.plusDays(1)));
            List<RoadMapItemPlanned> due = new ArrayList<>();
            List<RoadMapItemPlanned> later = new ArrayList<>();
            for (DomainEventMessage<?> event : events.readEvents(id.value().toString(), 0L).asStream().toList()) {
                if (event.getPayload() instanceof RoadMapItemPlanned planned && planned.dueDates().size() == 1) {
                    (planned.dueDates().get(0).isBefore(today) ? due : later).add(planned);
                }
            }
            List<RoadMapItemPlanned> done = new ArrayList<>(due.subList(0, due.size() / 2));
            if (done.isEmpty() && !later.isEmpty()) {
                done.add(later.get(0));
            }
            for (RoadMapItemPlanned item : done) {
                LocalDate dueDate = item.dueDates().get(0);
                LocalDate on = dueDate.isBefore(today) ? (dueDate.isBefore(start.plusDays(2)) ? start.plusDays(2)
                        : dueDate) : today.minusDays(1);
                send(actor, new CompleteRoadMapItem(id, item.itemId(), on,
                        ItemEvidence.document("Справка о выполнении от " + on)));
            }
        }

        private void program(OrganizationId gymnasium) {
            ProgramId program = ProgramId.random();
            send(curator, new CreateProgram(program, gymnasium, new AcademicPeriod(period.firstYear()),
                    "Программа наставничества МБОУ «Гимназия № 2» " + new AcademicPeriod(period.firstYear())));
            PersonId curatorPerson = person("Кураторова", "Елена", "Михайловна", 41, "curator@gymnasium2.example.ru");
            send(curator, new AppointCurator(program, curatorPerson, "101-о", start));
            send(curator, new RegisterProgramDocument(program, ProgramDocumentKind.IMPLEMENTATION_ORDER, "100-о",
                    start, "Об организации работы по внедрению целевой модели наставничества"));
            send(curator, new RegisterProgramDocument(program, ProgramDocumentKind.PROGRAM_REGULATION, "100-о",
                    start, "Положение о программе наставничества"));
            send(curator, new RegisterProgramDocument(program, ProgramDocumentKind.CURATOR_APPOINTMENT_ORDER, "101-о",
                    start, null));
            send(curator, new ChooseMentoringForms(program, Set.of(MentoringForm.STUDENT_STUDENT,
                    MentoringForm.TEACHER_TEACHER)));
            send(curator, new SetCoverageTargets(program, 820, 64, 5, 5));
            send(curator, new RecordInformingEvent(program, InformingEventKind.PEDAGOGICAL_COUNCIL, start.plusDays(2),
                    58));
            send(curator, new RecordInformingEvent(program, InformingEventKind.PARENTS_MEETING, start.plusDays(3),
                    140));
            send(curator, new RecordInformingEvent(program, InformingEventKind.CLASS_HOUR, start.plusDays(4), 210));

            String[][] pupils = {{"Алексеев", "Артём", "7А", "13"}, {"Борисова", "Дарья", "7Б", "13"},
                    {"Васильев", "Кирилл", "8А", "14"}, {"Григорьева", "Алина", "6А", "12"}};
            String[][] tutors = {{"Смирнов", "Максим", "10А", "16"}, {"Кузнецова", "Полина", "10Б", "16"},
                    {"Попов", "Егор", "11А", "17"}, {"Соколова", "Виктория", "11Б", "17"}};
            List<PersonId> mentees = new ArrayList<>();
            List<PersonId> mentors = new ArrayList<>();
            LocalDate enrolled = start.plusDays(5);
            for (String[] pupil : pupils) {
                PersonId id = person(pupil[0], pupil[1], null, Integer.parseInt(pupil[3]), null);
                send(curator, new EnrollMentee(program, id, MenteeCategory.STUDENT, Integer.parseInt(pupil[3]), null,
                        pupil[2], "Подтянуть математику и уверенность на уроках", RequestSource.CLASS_TEACHER,
                        enrolled));
                send(curator, new GiveConsent(program, id, ConsentGiver.LEGAL_REPRESENTATIVE, enrolled));
                send(curator, new RecordBaselineAssessment(program, id, Map.of("успеваемость", 55,
                        "вовлечённость", 40), enrolled.plusDays(1)));
                mentees.add(id);
            }
            for (String[] tutor : tutors) {
                PersonId id = person(tutor[0], tutor[1], null, Integer.parseInt(tutor[3]), null);
                send(curator, new EnrollMentor(program, id, MentorCategory.STUDENT, Integer.parseInt(tutor[3]), null,
                        "Олимпиадная математика, помощь с домашними заданиями", 1, null, enrolled));
                send(curator, new GiveConsent(program, id, ConsentGiver.LEGAL_REPRESENTATIVE, enrolled));
                send(curator, new RecordMentorInterview(program, id, enrolled.plusDays(2), false, true));
                mentors.add(id);
            }
            PersonId young = person("Новикова", "Анастасия", "Сергеевна", 24, null);
            send(curator, new EnrollMentee(program, young, MenteeCategory.YOUNG_SPECIALIST, 24, 1, null,
                    "Классное руководство и работа с родителями", RequestSource.SELF, enrolled));
            send(curator, new GiveConsent(program, young, ConsentGiver.PARTICIPANT, enrolled));
            send(curator, new RecordBaselineAssessment(program, young, Map.of("методическая готовность", 50),
                    enrolled.plusDays(1)));
            mentees.add(young);
            PersonId teacher = person("Фёдорова", "Наталья", "Ивановна", 47, null);
            send(curator, new EnrollMentor(program, teacher, MentorCategory.TEACHER, 47, 22,
                    "Классное руководство, работа с родителями, методика урока", 2, null, enrolled));
            send(curator, new GiveConsent(program, teacher, ConsentGiver.PARTICIPANT, enrolled));
            send(curator, new RecordMentorInterview(program, teacher, enrolled.plusDays(2), true, true));
            mentors.add(teacher);
            for (int session = 0; session < 3; session++) {
                send(curator, new RecordMentorTraining(program, start.plusDays(10 + 7 * session),
                        List.of("Роль наставника", "Как вести встречи", "Индивидуальный план").get(session),
                        Set.copyOf(mentors)));
            }
            send(curator, new FormMenteeBase(program));
            send(curator, new FormMentorBase(program));
            send(curator, new AdvanceProgramStage(program, ProgramStage.MATCHING));
            send(curator, new RecordGroupMeeting(program, start.plusDays(30), mentors.size(), mentees.size()));
            List<PairId> pairs = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                PairId pair = PairId.random();
                MentoringForm form = i < 4 ? MentoringForm.STUDENT_STUDENT : MentoringForm.TEACHER_TEACHER;
                send(curator, new ProposePair(program, pair, form, InteractionFormat.INDIVIDUAL, null,
                        Set.of(mentors.get(i)), Set.of(mentees.get(i))));
                pairs.add(pair);
            }
            LocalDate fixed = start.plusDays(35);
            send(curator, new FixPairsByOrder(program, "150-о", fixed));
            send(curator, new AdvanceProgramStage(program, ProgramStage.MEETINGS));
            for (int i = 0; i < pairs.size(); i++) {
                meetings(pairs.get(i), fixed, i == 2, i < 2 ? mentees.get(i) : null);
            }
        }

        /**
         * A pair's work since it was fixed: agreement, the first three meetings, its plan and regular meetings — or,
         * for the stalled one, the organizational meeting long ago and nothing since.
         */
        private void meetings(PairId pair, LocalDate fixed, boolean stalls, PersonId feedbackFrom) {
            waitForPair(pair);
            send(curator, new SignAgreement(pair, fixed.plusDays(1)));
            meeting(pair, MeetingType.ORGANIZATIONAL, fixed.plusDays(3), "Знакомство, правила работы пары", stalls);
            if (stalls) {
                return;
            }
            meeting(pair, MeetingType.TRIAL, fixed.plusDays(10), "Пробная встреча: разбор контрольной", false);
            meeting(pair, MeetingType.PLANNING, fixed.plusDays(17), "Цели на полугодие", false);
            send(curator, new ApproveIndividualPlan(pair, List.of(
                    new PlanActivity(1, "Разобрать темы первой четверти", fixed.plusDays(40), "Без двоек в четверти"),
                    new PlanActivity(2, "Подготовиться к школьной олимпиаде", fixed.plusDays(75), "Участие в олимпиаде")),
                    fixed.plusDays(18)));
            meeting(pair, MeetingType.REGULAR, fixed.plusDays(31), "Разбор домашних заданий", false);
            meeting(pair, MeetingType.REGULAR, today.minusDays(10), "Подготовка к контрольной", false);
            if (feedbackFrom != null) {
                send(curator, new GiveFeedback(pair, FeedbackSource.MENTEE, feedbackFrom, 5,
                        "Стало понятнее, хочу продолжать", today.minusDays(9)));
            }
        }

        /** A meeting; the stalled pair's was recorded when it was held, so the engine flags the silence since. */
        private void meeting(PairId pair, MeetingType type, LocalDate on, String topic, boolean recordedThen) {
            send(curator, new RecordMeeting(pair, type, on, MeetingFormat.IN_PERSON, topic, null,
                    recordedThen ? on.atTime(LocalTime.of(16, 0)).atZone(MOSCOW).toInstant()
                            : java.time.Instant.now()));
        }

        /** The pair is opened by the fixing order's policy a moment after the order. */
        private void waitForPair(PairId pair) {
            for (int attempt = 0; attempt < 200; attempt++) {
                if (jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")
                        .param(pair.value().toString()).query(Long.class).single() > 0) {
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the pair " + pair + " was opened", e);
                }
            }
            throw new IllegalStateException("the pair " + pair + " was not opened within 10 s");
        }

        private PersonId person(String last, String first, String middle, int age, String email) {
            PersonId id = new PersonId(UUID.randomUUID());
            send(curator, new RegisterPerson(id, last, first, middle, today.minusYears(age).minusDays(100), email,
                    null));
            return id;
        }

        private Map<String, String> accounts(OrganizationId gymnasium) {
            Map<String, String> accounts = new LinkedHashMap<>();
            account(accounts, "demo.region", ActorRole.REGIONAL_ADMINISTRATOR, null, null,
                    "Демо: региональный администратор");
            account(accounts, "demo.coordinator", ActorRole.MUNICIPAL_COORDINATOR, MUNICIPALITY, null,
                    "Демо: координатор Когалыма");
            account(accounts, "demo.curator", ActorRole.ORGANIZATION_CURATOR, MUNICIPALITY,
                    gymnasium.value().toString(), "Демо: куратор Гимназии № 2");
            account(accounts, "demo.auditor", ActorRole.AUDITOR, null, null, "Демо: аудитор региона");
            ApiClientRegistry.Registered reporting = clients.register(new ApiClientRegistry.Registration(
                            "Демо: отчётность Когалыма", ActorRole.REPORTING_SERVICE, REGION, MUNICIPALITY, null),
                    administrator);
            accounts.put("API client " + reporting.clientId(), reporting.clientSecret());
            return accounts;
        }

        private void account(Map<String, String> accounts, String login, ActorRole role, String municipality,
                             String organization, String fullName) {
            String password = password();
            users.add(new UiUser(login, passwords.encode(password), role, REGION, municipality, organization,
                    fullName, true, false));
            accounts.put(login, password);
        }

        private void send(Actor actor, Object command) {
            commands.sendAndWait(command, MetaData.from(actor.asMetaData()));
        }
    }

    private static String password() {
        String letters = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder password = new StringBuilder("demo-");
        for (int i = 0; i < 12; i++) {
            password.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        return password.toString();
    }
}
