package ru.mentoring.query.audit;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.organization.OrganizationHeadcountsSet;
import ru.mentoring.api.pair.FeedbackGiven;
import ru.mentoring.api.pair.FeedbackOverdue;
import ru.mentoring.api.pair.FeedbackSource;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingRecorded;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairDissolved;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PlanActivityCompleted;
import ru.mentoring.api.people.ErasureGround;
import ru.mentoring.api.people.PersonalDataErased;
import ru.mentoring.api.program.*;
import ru.mentoring.api.reporting.Kpi;
import ru.mentoring.api.reporting.KpiTargetsSet;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;
import ru.mentoring.api.roadmap.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventSummariesTest {

    private static final ProgramId PROGRAM = ProgramId.random();
    private static final PairId PAIR = PairId.random();
    private static final PersonId IVANOVA = new PersonId(UUID.randomUUID());
    private static final PersonId PETROV = new PersonId(UUID.randomUUID());
    private static final PersonId ERASED = new PersonId(UUID.randomUUID());
    private static final PersonNames NAMES = person -> person.equals(IVANOVA) ? "Иванова Мария Петровна"
            : person.equals(PETROV) ? "Петров Иван" : PersonNames.ERASED;
    private static final RoadMapItemLabels NO_ITEMS = RoadMapItemLabels.from(List.of());
    private static final LocalDate DAY = LocalDate.of(2021, 1, 15);

    private static String summary(Object event) {
        return EventSummaries.summarize(event, event.getClass().getSimpleName(), NAMES, NO_ITEMS);
    }

    @Test
    void namesTheEnrolledPersonFromTheRegister() {
        assertThat(summary(new MenteeEnrolled(PROGRAM, IVANOVA, MenteeCategory.STUDENT, 13, null, "7А", PersonalText.plain("Учёба"),
                RequestSource.SELF, DAY))).isEqualTo("Наставляемый включён в базу: Иванова Мария Петровна");
        assertThat(summary(new MentorEnrolled(PROGRAM, PETROV, MentorCategory.TEACHER, null, 10, PersonalText.plain("Математика"), 2,
                null, DAY))).isEqualTo("Наставник включён в базу: Петров Иван");
    }

    @Test
    void anErasedPersonReadsAsDataErased() {
        assertThat(summary(new PersonalDataConsentGiven(PROGRAM, ERASED, ConsentGiver.LEGAL_REPRESENTATIVE, DAY)))
                .isEqualTo("Получено согласие на обработку персональных данных: (данные удалены) "
                        + "(от законного представителя)");
        assertThat(summary(new PersonalDataErased(ERASED, ErasureGround.CONSENT_WITHDRAWN)))
                .isEqualTo("Персональные данные удалены: (данные удалены) "
                        + "(основание: отзыв согласия на обработку персональных данных)");
        // an erasure stored before grounds existed: its reason in words is not shown, it may describe the person
        assertThat(summary(new PersonalDataErased(ERASED, null, "Заявление Ивановой о переезде")))
                .isEqualTo("Персональные данные удалены: (данные удалены)");
    }

    @Test
    void programStepsReadAsSentences() {
        assertThat(summary(new ProgramCreated(PROGRAM, null, AcademicPeriod.parse("2020-2021"), "Гимназия № 2")))
                .isEqualTo("Программа создана: «Гимназия № 2», 2020-2021 учебный год");
        assertThat(summary(new CuratorAppointed(PROGRAM, PETROV, "112-о", DAY)))
                .isEqualTo("Назначен куратор: Петров Иван (приказ № 112-о от 15.01.2021)");
        assertThat(summary(new ProgramDocumentRegistered(PROGRAM, ProgramDocumentKind.PROGRAM_REGULATION, "5", DAY,
                null))).isEqualTo("Зарегистрирован документ: положение о программе наставничества № 5 от 15.01.2021");
        assertThat(summary(new ProgramStageAdvanced(PROGRAM, ProgramStage.PREPARATION, ProgramStage.MATCHING)))
                .isEqualTo("Программа перешла с этапа «подготовительный» на этап «формирование пар и групп»");
        assertThat(summary(new PairProposed(PROGRAM, PAIR, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL,
                null, Set.of(PETROV), Set.of(IVANOVA)))).isEqualTo("Предложена пара (форма «педагог – ученик»): "
                + "наставник Петров Иван, наставляемый Иванова Мария Петровна");
        assertThat(summary(new MentorTrainingHeld(PROGRAM, 2, DAY, "Роль наставника", Set.of(PETROV, IVANOVA))))
                .isEqualTo("Проведено обучение наставников № 2 «Роль наставника»: Иванова Мария Петровна, Петров Иван");
        assertThat(summary(new FeedbackDatesSet(PROGRAM, List.of(DAY, DAY.plusMonths(1)))))
                .isEqualTo("Назначены даты обратной связи: 15.01.2021, 15.02.2021");
        assertThat(summary(new BaselineAssessmentRecorded(PROGRAM, IVANOVA, Map.of("успеваемость", 60), DAY)))
                .isEqualTo("Записана входная оценка: Иванова Мария Петровна");
    }

    @Test
    void pairStepsReadAsSentences() {
        assertThat(summary(new MeetingRecorded(PAIR, 3, MeetingType.PLANNING, DAY, MeetingFormat.IN_PERSON,
                PersonalText.plain("План на полугодие"), null))).isEqualTo("Проведена встреча № 3 (встреча-планирование) 15.01.2021: "
                + "«План на полугодие»");
        assertThat(summary(new FeedbackGiven(PAIR, FeedbackSource.MENTEE, IVANOVA, 5, null, DAY)))
                .isEqualTo("Обратная связь от наставляемого Иванова Мария Петровна: оценка 5 из 5");
        assertThat(summary(new FeedbackOverdue(PAIR, PROGRAM, DAY, Set.of(FeedbackSource.MENTOR,
                FeedbackSource.MENTEE)))).isEqualTo("Не получена обратная связь к 15.01.2021: от наставляемого, "
                + "от наставника");
        assertThat(summary(new PlanActivityCompleted(PAIR, 2, DAY, PersonalText.plain("Диплом"), 50)))
                .isEqualTo("Выполнено мероприятие плана № 2; план выполнен на 50%");
        assertThat(summary(new PairDissolved(PAIR, PROGRAM, Set.of(IVANOVA), PersonalText.plain("Переезд"), DAY)))
                .isEqualTo("Пара расформирована 15.01.2021: Переезд");
    }

    @Test
    void roadMapItemsReadByTheNumberAndActivityTheirPlanGaveThem() {
        RoadMapId roadMap = RoadMapId.random();
        RoadMapItemId item = RoadMapItemId.random();
        ItemContent content = new ItemContent("1.3", "Информирование родительского сообщества о планируемой "
                + "реализации программы наставничества в образовательной организации", null, null,
                ItemSchedule.between(null, DAY, "Январь 2021"), List.of("Куратор"));
        RoadMapItemPlanned planned = new RoadMapItemPlanned(roadMap, item, 1, content, List.of(DAY));
        RoadMapItemLabels items = RoadMapItemLabels.from(List.of(planned));
        String label = "№ 1.3 «Информирование родительского сообщества о планируемой реализации программы…»";

        assertThat(EventSummaries.summarize(planned, "RoadMapItemPlanned", NAMES, items))
                .isEqualTo("Запланировано мероприятие раздела 1 " + label + "; срок: Январь 2021 (15.01.2021)");
        assertThat(EventSummaries.summarize(new RoadMapItemCompleted(roadMap, item, DAY,
                new ItemEvidence("Протокол № 1", "35 чел.", null)), "RoadMapItemCompleted", NAMES, items))
                .isEqualTo("Выполнено мероприятие " + label + " 15.01.2021; подтверждение: документ «Протокол № 1», "
                        + "значение показателя «35 чел.»");
        assertThat(EventSummaries.summarize(new RoadMapItemBecameOverdue(roadMap, item, DAY),
                "RoadMapItemBecameOverdue", NAMES, items))
                .isEqualTo("Просрочено мероприятие " + label + " (срок 15.01.2021)");
        assertThat(EventSummaries.summarize(new RoadMapItemBoundToMilestone(roadMap, item, PROGRAM,
                ProgramMilestone.MENTEE_BASE_FORMED), "RoadMapItemBoundToMilestone", NAMES, items))
                .isEqualTo("Мероприятие " + label + " будет отмечено выполненным по шагу программы "
                        + "«база наставляемых сформирована»");

        ItemContent renumbered = new ItemContent("1.4", "Информирование родителей", null, null,
                ItemSchedule.recurring(Recurrence.AS_NEEDED, null), List.of());
        RoadMapItemLabels revised = RoadMapItemLabels.from(List.of(planned,
                new RoadMapItemRevised(roadMap, item, renumbered, List.of())));
        assertThat(EventSummaries.summarize(new RoadMapItemCancelled(roadMap, item, PersonalText.plain("Не требуется"), DAY),
                "RoadMapItemCancelled", NAMES, revised))
                .isEqualTo("Отменено мероприятие № 1.4 «Информирование родителей» 15.01.2021; причина: Не требуется");
        assertThat(summary(new RoadMapItemStarted(roadMap, item, DAY)))
                .isEqualTo("Начато выполнение мероприятия (мероприятие " + item.value() + ") 15.01.2021");
    }

    @Test
    void roadMapsAndReportingFiguresReadAsSentences() {
        assertThat(summary(new RoadMapCreated(RoadMapId.random(), RoadMapLevel.ORGANIZATION, UUID.randomUUID(),
                PlanPeriod.parse("2026-2027"), "Дорожная карта гимназии", "gymnasium2-2021-2022")))
                .isEqualTo("Дорожная карта создана: «Дорожная карта гимназии», уровень образовательной организации, "
                        + "2026-2027; по шаблону «gymnasium2-2021-2022»");
        assertThat(summary(new RoadMapApproved(RoadMapId.random(), 2, "45-о", DAY)))
                .isEqualTo("Дорожная карта утверждена (редакция 2): приказ № 45-о от 15.01.2021");
        assertThat(summary(new KpiTargetsSet(new TerritoryId(TerritoryLevel.MUNICIPALITY, "Нижегородская область",
                "Кстовский округ"), 2021, Map.of(Kpi.MENTOR_SATISFACTION, 80, Kpi.MENTEES_10_19, 10))))
                .isEqualTo("Заданы целевые значения показателей территории «Кстовский округ» (Нижегородская "
                        + "область) на 2021 год: «" + Kpi.MENTEES_10_19.title() + "» — 10%; «"
                        + Kpi.MENTOR_SATISFACTION.title() + "» — 80%");
        assertThat(summary(new OrganizationHeadcountsSet(new OrganizationId(UUID.randomUUID()), 2021, 640, 52)))
                .isEqualTo("Указана численность на 2021 год: обучающихся 640, педагогов 52");
    }

    @Test
    void everyEventTheSharedKernelDefinesHasASentenceOfItsOwn() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        List<String> events = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("ru.mentoring.api")) {
            events.add(candidate.getBeanClassName());
        }
        assertThat(events).hasSizeGreaterThan(60);
        List<String> withoutSentence = new ArrayList<>();
        for (String event : events) {
            if (!EventSummaries.hasSentence(Class.forName(event))) {
                withoutSentence.add(event);
            }
        }
        assertThat(withoutSentence).isEmpty();
    }

    @Test
    void anEventWithoutASentenceOfItsOwnIsNamedByItsType() {
        record RoadMapArchived(UUID roadMapId) {
        }
        assertThat(summary(new RoadMapArchived(UUID.randomUUID()))).isEqualTo("Событие RoadMapArchived");
        assertThat(EventSummaries.summarize(null, "RoadMapStepDone", NAMES, NO_ITEMS)).isEqualTo("Событие RoadMapStepDone");
    }

    @Test
    void findsThePeopleAnEventNamesInFieldsAndCollections() {
        assertThat(EventSummaries.peopleIn(new PairProposed(PROGRAM, PAIR, MentoringForm.TEACHER_STUDENT,
                InteractionFormat.INDIVIDUAL, null, Set.of(PETROV), Set.of(IVANOVA, ERASED))))
                .containsExactlyInAnyOrder(PETROV, IVANOVA, ERASED);
        assertThat(EventSummaries.peopleIn(new ProgramCompleted(PROGRAM))).isEmpty();
    }
}
