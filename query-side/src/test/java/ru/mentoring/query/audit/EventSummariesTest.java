package ru.mentoring.query.audit;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.FeedbackGiven;
import ru.mentoring.api.pair.FeedbackOverdue;
import ru.mentoring.api.pair.FeedbackSource;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingRecorded;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairDissolved;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PlanActivityCompleted;
import ru.mentoring.api.people.PersonalDataErased;
import ru.mentoring.api.program.*;

import java.time.LocalDate;
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
    private static final LocalDate DAY = LocalDate.of(2021, 1, 15);

    private static String summary(Object event) {
        return EventSummaries.summarize(event, event.getClass().getSimpleName(), NAMES);
    }

    @Test
    void namesTheEnrolledPersonFromTheRegister() {
        assertThat(summary(new MenteeEnrolled(PROGRAM, IVANOVA, MenteeCategory.STUDENT, 13, null, "7А", "Учёба",
                RequestSource.SELF, DAY))).isEqualTo("Наставляемый включён в базу: Иванова Мария Петровна");
        assertThat(summary(new MentorEnrolled(PROGRAM, PETROV, MentorCategory.TEACHER, null, 10, "Математика", 2,
                null, DAY))).isEqualTo("Наставник включён в базу: Петров Иван");
    }

    @Test
    void anErasedPersonReadsAsDataErased() {
        assertThat(summary(new PersonalDataConsentGiven(PROGRAM, ERASED, ConsentGiver.LEGAL_REPRESENTATIVE, DAY)))
                .isEqualTo("Получено согласие на обработку персональных данных: (данные удалены) "
                        + "(от законного представителя)");
        assertThat(summary(new PersonalDataErased(ERASED, "Заявление")))
                .isEqualTo("Персональные данные удалены: (данные удалены) (основание: Заявление)");
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
                "План на полугодие", null))).isEqualTo("Проведена встреча № 3 (встреча-планирование) 15.01.2021: "
                + "«План на полугодие»");
        assertThat(summary(new FeedbackGiven(PAIR, FeedbackSource.MENTEE, IVANOVA, 5, null, DAY)))
                .isEqualTo("Обратная связь от наставляемого Иванова Мария Петровна: оценка 5 из 5");
        assertThat(summary(new FeedbackOverdue(PAIR, PROGRAM, DAY, Set.of(FeedbackSource.MENTOR,
                FeedbackSource.MENTEE)))).isEqualTo("Не получена обратная связь к 15.01.2021: от наставляемого, "
                + "от наставника");
        assertThat(summary(new PlanActivityCompleted(PAIR, 2, DAY, "Диплом", 50)))
                .isEqualTo("Выполнено мероприятие плана № 2; план выполнен на 50%");
        assertThat(summary(new PairDissolved(PAIR, PROGRAM, Set.of(IVANOVA), "Переезд", DAY)))
                .isEqualTo("Пара расформирована 15.01.2021: Переезд");
    }

    @Test
    void anEventWithoutASentenceOfItsOwnIsNamedByItsType() {
        record RoadMapApproved(UUID roadMapId) {
        }
        assertThat(summary(new RoadMapApproved(UUID.randomUUID()))).isEqualTo("Событие RoadMapApproved");
        assertThat(EventSummaries.summarize(null, "RoadMapStepDone", NAMES)).isEqualTo("Событие RoadMapStepDone");
    }

    @Test
    void findsThePeopleAnEventNamesInFieldsAndCollections() {
        assertThat(EventSummaries.peopleIn(new PairProposed(PROGRAM, PAIR, MentoringForm.TEACHER_STUDENT,
                InteractionFormat.INDIVIDUAL, null, Set.of(PETROV), Set.of(IVANOVA, ERASED))))
                .containsExactlyInAnyOrder(PETROV, IVANOVA, ERASED);
        assertThat(EventSummaries.peopleIn(new ProgramCompleted(PROGRAM))).isEmpty();
    }
}
