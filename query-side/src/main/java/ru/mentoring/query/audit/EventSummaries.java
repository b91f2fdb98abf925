package ru.mentoring.query.audit;

import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.organization.OrganizationHeadcountsSet;
import ru.mentoring.api.organization.OrganizationRegistered;
import ru.mentoring.api.pair.*;
import ru.mentoring.api.operations.DeadLetterEvicted;
import ru.mentoring.api.people.PersonRegistered;
import ru.mentoring.api.people.PersonalDataErased;
import ru.mentoring.api.program.*;
import ru.mentoring.api.reporting.KpiTargetsSet;
import ru.mentoring.api.reporting.MonitoringFormSubmitted;
import ru.mentoring.api.reporting.TerritoryFiguresSet;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;
import ru.mentoring.api.roadmap.*;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * One readable Russian sentence per event, for auditors: names come from the person register when the history
 * is read (so erased people read as «(данные удалены)»), road-map items by the number and activity their plan
 * gave them; an event type without a sentence of its own gets a generic one naming its type.
 */
final class EventSummaries {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Map<Class<?>, BiFunction<Object, PersonNames, String>> SENTENCES = new HashMap<>();
    private static final Map<Class<?>, BiFunction<Object, RoadMapItemLabels, String>> ITEM_SENTENCES =
            new HashMap<>();

    static {
        programPreparation();
        programMatchingAndClosing();
        pairs();
        roadMaps();
        roadMapItems();
        reporting();
        on(PersonRegistered.class, (e, names) -> "Человек внесён в реестр: " + names.of(e.personId()));
        on(PersonalDataErased.class, (e, names) -> "Персональные данные удалены: " + names.of(e.personId())
                + " (основание: " + e.reason() + ")");
        on(DeadLetterEvicted.class, (e, names) -> "Недоставленное событие " + e.eventId() + " ("
                + e.eventType().substring(e.eventType().lastIndexOf('.') + 1) + ") исключено из обработки «"
                + e.processingGroup() + "» (основание: " + e.reason() + ")");
        on(OrganizationRegistered.class, (e, names) -> "Организация зарегистрирована: " + e.name() + " ("
                + e.municipality() + ", " + e.region() + ")");
    }

    private EventSummaries() {
    }

    /**
     * The sentence for one event of a stream whose road-map items {@code items} names; {@code typeName} names
     * the event when it has no sentence of its own.
     */
    static String summarize(Object event, String typeName, PersonNames names, RoadMapItemLabels items) {
        if (event == null) {
            return "Событие " + typeName;
        }
        BiFunction<Object, RoadMapItemLabels, String> itemSentence = ITEM_SENTENCES.get(event.getClass());
        if (itemSentence != null) {
            return itemSentence.apply(event, items);
        }
        BiFunction<Object, PersonNames, String> sentence = SENTENCES.get(event.getClass());
        return sentence == null ? "Событие " + typeName : sentence.apply(event, names);
    }

    /** Whether events of this type read as a sentence of their own. */
    static boolean hasSentence(Class<?> eventType) {
        return SENTENCES.containsKey(eventType) || ITEM_SENTENCES.containsKey(eventType);
    }

    /** Every person an event names, in its own fields or in collections of them. */
    static Set<PersonId> peopleIn(Object event) {
        Set<PersonId> people = new LinkedHashSet<>();
        if (event == null || !event.getClass().isRecord()) {
            return people;
        }
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
            if (value instanceof PersonId person) {
                people.add(person);
            } else if (value instanceof Collection<?> values) {
                values.stream().filter(PersonId.class::isInstance).map(PersonId.class::cast).forEach(people::add);
            }
        }
        return people;
    }

    private static void programPreparation() {
        on(ProgramCreated.class, (e, names) -> "Программа создана: «" + e.title() + "», " + e.period()
                + " учебный год");
        on(CuratorAppointed.class, (e, names) -> "Назначен куратор: " + names.of(e.curatorId()) + " (приказ № "
                + e.orderNumber() + " от " + day(e.orderDate()) + ")");
        on(ProgramDocumentRegistered.class, (e, names) -> "Зарегистрирован документ: " + e.kind().title()
                + (e.title() == null ? "" : " «" + e.title() + "»") + " № " + e.number() + " от " + day(e.date()));
        on(MentoringFormsChosen.class, (e, names) -> "Выбраны формы наставничества: " + e.forms().stream()
                .map(MentoringForm::title).sorted().collect(Collectors.joining(", ")));
        on(CoverageTargetsSet.class, (e, names) -> "Заданы целевые показатели охвата: обучающихся "
                + e.students() + " (" + e.studentCoveragePercent() + "%), педагогов " + e.teachers() + " ("
                + e.teacherCoveragePercent() + "%)");
        on(InformingEventRecorded.class, (e, names) -> "Проведено информирование (" + informing(e.kind()) + ") "
                + day(e.date()) + ", присутствовало " + e.attendance());
        on(MenteeEnrolled.class, (e, names) -> "Наставляемый включён в базу: " + names.of(e.personId()));
        on(MentorEnrolled.class, (e, names) -> "Наставник включён в базу: " + names.of(e.personId()));
        on(PersonalDataConsentGiven.class, (e, names) -> "Получено согласие на обработку персональных данных: "
                + names.of(e.personId()) + (e.givenBy() == ConsentGiver.LEGAL_REPRESENTATIVE
                ? " (от законного представителя)" : ""));
        on(PersonalDataConsentWithdrawn.class, (e, names) -> "Согласие на обработку персональных данных отозвано: "
                + names.of(e.personId()));
        on(BaselineAssessmentRecorded.class, (e, names) -> "Записана входная оценка: " + names.of(e.personId()));
        on(MentorInterviewRecorded.class, (e, names) -> "Собеседование с наставником " + names.of(e.personId())
                + (e.withPsychologist() ? " (с психологом)" : "") + ": " + (e.passed() ? "пройдено" : "не пройдено"));
        on(MentorTrainingHeld.class, (e, names) -> "Проведено обучение наставников № " + e.session() + " «"
                + e.topic() + "»: " + names.of(e.attended()));
        on(MenteeBaseFormed.class, (e, names) -> "Сформирована база наставляемых: " + e.mentees() + " чел.");
        on(MentorBaseFormed.class, (e, names) -> "Сформирована база наставников: " + e.mentors() + " чел.");
        on(ProgramStageAdvanced.class, (e, names) -> "Программа перешла с этапа «" + e.from().title()
                + "» на этап «" + e.to().title() + "»");
        on(ProgramCompleted.class, (e, names) -> "Программа завершена");
    }

    private static void programMatchingAndClosing() {
        on(GroupMeetingHeld.class, (e, names) -> "Проведена групповая встреча " + day(e.date()) + ": наставников "
                + e.mentorsPresent() + ", наставляемых " + e.menteesPresent());
        on(PreferencesRecorded.class, (e, names) -> "Записаны предпочтения: " + names.of(e.personId()) + " → "
                + names.of(e.preferred()));
        on(PairProposed.class, (e, names) -> "Предложена пара (форма «" + e.form().title() + "»): наставник "
                + names.of(e.mentors()) + ", наставляемый " + names.of(e.mentees()));
        on(PairProposalWithdrawn.class, (e, names) -> "Предложение пары отозвано: " + e.reason());
        on(PairsFixedByOrder.class, (e, names) -> "Пары и группы закреплены приказом № " + e.orderNumber() + " от "
                + day(e.orderDate()) + ": " + e.pairs().size());
        on(FeedbackDatesSet.class, (e, names) -> "Назначены даты обратной связи: " + days(e.dates()));
        on(MenteesReturnedToBase.class, (e, names) -> "Наставляемые возвращены в базу: " + names.of(e.mentees())
                + " (" + e.reason() + ")");
        on(FinalEventHeld.class, (e, names) -> "Проведено заключительное мероприятие «" + e.title() + "» "
                + day(e.date()) + ": присутствовало " + e.present().size() + " из " + e.participants());
        on(MentorAwarded.class, (e, names) -> "Наставник награждён: " + names.of(e.personId()) + " — " + e.award());
        on(SatisfactionSurveyed.class, (e, names) -> "Анкета удовлетворённости: " + names.of(e.personId()) + " — "
                + e.percent() + "%");
        on(FinalAssessmentRecorded.class, (e, names) -> "Записана итоговая оценка: " + names.of(e.personId()));
        on(CaseRecorded.class, (e, names) -> "Оформлен кейс № " + e.number() + ": «" + e.title() + "»");
        on(MenteeJoinedMentorBase.class, (e, names) -> "Наставляемый переходит в базу наставников на "
                + e.nextPeriod() + " учебный год: " + names.of(e.personId()));
        on(MonitoringReportSubmitted.class, (e, names) -> "Представлен отчёт мониторинга «" + e.reference()
                + "» от " + day(e.date()));
    }

    private static void pairs() {
        on(PairOpened.class, (e, names) -> "Пара открыта (форма «" + e.form().title() + "»): наставник "
                + names.of(e.mentors()) + ", наставляемый " + names.of(e.mentees()));
        on(AgreementSigned.class, (e, names) -> "Подписано соглашение о наставничестве " + day(e.signedOn()));
        on(IndividualPlanApproved.class, (e, names) -> "Утверждён индивидуальный план: мероприятий "
                + e.activities().size());
        on(IndividualPlanAmended.class, (e, names) -> "Индивидуальный план изменён (редакция " + e.revision()
                + "): мероприятий " + e.activities().size() + "; причина: " + e.reason());
        on(PlanActivityCompleted.class, (e, names) -> "Выполнено мероприятие плана № " + e.number()
                + "; план выполнен на " + e.planCompletionPercent() + "%");
        on(MeetingRecorded.class, (e, names) -> "Проведена встреча № " + e.number() + " (" + e.type().title()
                + ") " + day(e.heldOn()) + (e.topic() == null || e.topic().isBlank() ? "" : ": «" + e.topic() + "»"));
        on(FeedbackGiven.class, (e, names) -> "Обратная связь " + feedbackSource(e.from()) + " "
                + names.of(e.personId()) + ": оценка " + e.score() + " из 5");
        on(FirstMeetingOverdue.class, (e, names) -> "Просрочена организационная встреча (срок "
                + MOMENT.format(e.dueAt()) + ")");
        on(PairStalled.class, (e, names) -> "Пара не встречается с " + day(e.lastMeetingOn()));
        on(FeedbackOverdue.class, (e, names) -> "Не получена обратная связь к " + day(e.dueDate()) + ": "
                + e.missing().stream().map(EventSummaries::feedbackSource).sorted().collect(Collectors.joining(", ")));
        on(PairCompleted.class, (e, names) -> "Пара завершила работу " + day(e.completedOn()) + ": " + e.outcome());
        on(PairDissolved.class, (e, names) -> "Пара расформирована " + day(e.dissolvedOn()) + ": " + e.reason());
    }

    private static void roadMaps() {
        on(RoadMapCreated.class, (e, names) -> "Дорожная карта создана: «" + e.title() + "», " + level(e.level())
                + ", " + e.period() + (e.templateCode() == null ? "" : "; по шаблону «" + e.templateCode() + "»"));
        on(RoadMapSectionAdded.class, (e, names) -> "Добавлен раздел " + e.sectionNumber() + ": «" + e.title()
                + "»");
        on(RoadMapApproved.class, (e, names) -> "Дорожная карта утверждена (редакция " + e.revision()
                + "): приказ № " + e.orderNumber() + " от " + day(e.orderDate()));
        on(RoadMapAmendmentOpened.class, (e, names) -> "Начата редакция " + e.revision()
                + " дорожной карты; причина: " + e.reason());
    }

    private static void roadMapItems() {
        on(RoadMapItemPlanned.class, (e, names) -> "Запланировано мероприятие раздела " + e.sectionNumber()
                + " " + RoadMapItemLabels.label(e.content()) + "; срок: " + schedule(e.content(), e.dueDates()));
        on(RoadMapItemRevised.class, (e, names) -> "Изменено мероприятие "
                + RoadMapItemLabels.label(e.content()) + "; срок: " + schedule(e.content(), e.dueDates()));
        onItem(RoadMapItemStarted.class, (e, items) -> "Начато выполнение мероприятия " + items.of(e.itemId())
                + " " + day(e.startedOn()));
        onItem(RoadMapItemCompleted.class, (e, items) -> "Выполнено мероприятие " + items.of(e.itemId()) + " "
                + day(e.completedOn()) + evidence(e.evidence()));
        onItem(RoadMapItemOccurrenceCompleted.class, (e, items) -> "Выполнено мероприятие " + items.of(e.itemId())
                + " за срок " + day(e.dueDate()) + ": " + day(e.completedOn()) + evidence(e.evidence()));
        onItem(RoadMapItemCancelled.class, (e, items) -> "Отменено мероприятие " + items.of(e.itemId()) + " "
                + day(e.cancelledOn()) + "; причина: " + e.reason());
        onItem(RoadMapItemBecameOverdue.class, (e, items) -> "Просрочено мероприятие " + items.of(e.itemId())
                + " (срок " + day(e.dueDate()) + ")");
        onItem(RoadMapItemBoundToMilestone.class, (e, items) -> "Мероприятие " + items.of(e.itemId())
                + " будет отмечено выполненным по шагу программы «" + milestone(e.milestone()) + "»");
    }

    private static void reporting() {
        on(OrganizationHeadcountsSet.class, (e, names) -> "Указана численность на " + e.year() + " год: обучающихся "
                + e.students() + ", педагогов " + e.teachers());
        on(TerritoryFiguresSet.class, (e, names) -> "Указаны показатели территории " + territory(e.territory())
                + " на " + e.year() + " год: детей 10–19 лет " + e.children10to19() + ", 15–19 лет "
                + e.children15to19() + ", молодых педагогов " + e.youngTeachers() + ", предприятий "
                + e.enterprises());
        on(KpiTargetsSet.class, (e, names) -> "Заданы целевые значения показателей территории "
                + territory(e.territory()) + " на " + e.year() + " год: " + new TreeMap<>(e.targets()).entrySet()
                .stream().map(target -> "«" + target.getKey().title() + "» — " + target.getValue() + "%")
                .collect(Collectors.joining("; ")));
        on(MonitoringFormSubmitted.class, (e, names) -> "Представлена форма мониторинга за " + e.year()
                + " год (версия " + e.version() + ") " + day(e.submittedOn())
                + (e.reference() == null || e.reference().isBlank() ? "" : ": «" + e.reference() + "»"));
    }

    private static <T> void on(Class<T> type, BiFunction<T, PersonNames, String> sentence) {
        SENTENCES.put(type, (event, names) -> sentence.apply(type.cast(event), names));
    }

    private static <T> void onItem(Class<T> type, BiFunction<T, RoadMapItemLabels, String> sentence) {
        ITEM_SENTENCES.put(type, (event, items) -> sentence.apply(type.cast(event), items));
    }

    private static String day(LocalDate date) {
        return date == null ? "(дата не указана)" : DAY.format(date);
    }

    private static String days(List<LocalDate> dates) {
        return dates.isEmpty() ? "нет" : dates.stream().map(EventSummaries::day).collect(Collectors.joining(", "));
    }

    /** The item's term as written, with its due dates when the plan computed any. */
    private static String schedule(ItemContent content, List<LocalDate> dueDates) {
        String written = content.schedule().asWritten();
        String due = dueDates.isEmpty() ? "без даты" : days(dueDates);
        return written == null ? due : written + " (" + due + ")";
    }

    private static String evidence(ItemEvidence evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (evidence.documentReference() != null) {
            parts.add("документ «" + evidence.documentReference() + "»");
        }
        if (evidence.indicatorValue() != null) {
            parts.add("значение показателя «" + evidence.indicatorValue() + "»");
        }
        if (evidence.sourceEventId() != null) {
            parts.add("по событию " + evidence.sourceEventId());
        }
        return "; подтверждение: " + String.join(", ", parts);
    }

    private static String level(RoadMapLevel level) {
        return switch (level) {
            case REGION -> "региональный уровень";
            case MUNICIPALITY -> "муниципальный уровень";
            case ORGANIZATION -> "уровень образовательной организации";
        };
    }

    private static String milestone(ProgramMilestone milestone) {
        return switch (milestone) {
            case MENTEE_BASE_FORMED -> "база наставляемых сформирована";
            case MENTOR_BASE_FORMED -> "база наставников сформирована";
            case PAIRS_FIXED -> "пары и группы закреплены приказом";
            case FINAL_EVENT_HELD -> "заключительное мероприятие проведено";
            case MONITORING_REPORT_SUBMITTED -> "отчёт мониторинга представлен";
            case PROGRAM_COMPLETED -> "программа завершена";
        };
    }

    private static String territory(TerritoryId territory) {
        return territory.level() == TerritoryLevel.REGION ? "«" + territory.region() + "»"
                : "«" + territory.municipality() + "» (" + territory.region() + ")";
    }

    private static String informing(InformingEventKind kind) {
        return switch (kind) {
            case PEDAGOGICAL_COUNCIL -> "педагогический совет";
            case PARENTS_MEETING -> "родительское собрание";
            case CLASS_HOUR -> "классный час";
            case GRADUATES_AND_PARTNERS_MEETING -> "встреча с выпускниками и представителями предприятий";
            case SITE_PUBLICATION -> "публикация на сайте";
        };
    }

    private static String feedbackSource(FeedbackSource source) {
        return switch (source) {
            case MENTOR -> "от наставника";
            case MENTEE -> "от наставляемого";
            case CURATOR -> "от куратора";
        };
    }
}
