package ru.mentoring.query.audit;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.audit.PairAsOf;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.*;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PairFoldTest {

    private static final PairId PAIR = PairId.random();
    private static final ProgramId PROGRAM = ProgramId.random();
    private static final Instant T = Instant.parse("2021-01-15T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2021, 1, 15);

    private static PairFold opened() {
        return new PairFold().apply(new PairOpened(PAIR, PROGRAM, MentoringForm.TEACHER_STUDENT,
                InteractionFormat.INDIVIDUAL, null, Set.of(new PersonId(UUID.randomUUID())),
                Set.of(new PersonId(UUID.randomUUID())), T, T.plus(Duration.ofDays(14)), Duration.ofDays(30),
                List.of(), LocalDate.of(2020, 10, 1)), T);
    }

    private static List<PlanActivity> activities(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> new PlanActivity(n, "Мероприятие " + n, DAY, null)).toList();
    }

    @Test
    void countsMeetingsAndThePlanDoneAsTheEventsSay() {
        PairAsOf view = opened()
                .apply(new IndividualPlanApproved(PAIR, activities(4), DAY), T.plusSeconds(1))
                .apply(new MeetingRecorded(PAIR, 1, MeetingType.ORGANIZATIONAL, DAY, MeetingFormat.IN_PERSON, null,
                        null), T.plusSeconds(2))
                .apply(new PlanActivityCompleted(PAIR, 1, DAY, "Грамота", 25), T.plusSeconds(3))
                .apply(new PlanActivityCompleted(PAIR, 4, DAY, "Проект", 50), T.plusSeconds(4))
                .view(StateBasis.recorded(T.plusSeconds(10)));

        assertThat(view.status()).isEqualTo("ACTIVE");
        assertThat(view.eventsApplied()).isEqualTo(5);
        assertThat(view.lastEventAt()).isEqualTo(T.plusSeconds(4));
        assertThat(view.meetings()).containsEntry(MeetingType.ORGANIZATIONAL, 1).containsEntry(MeetingType.TRIAL, 0);
        assertThat(view.planDone()).isEqualTo(2);
        assertThat(view.planCompletionPercent()).isEqualTo(50);
    }

    @Test
    void anAmendedPlanDropsTheActivitiesItNoLongerHas() {
        PairAsOf view = opened()
                .apply(new IndividualPlanApproved(PAIR, activities(4), DAY), T)
                .apply(new PlanActivityCompleted(PAIR, 1, DAY, "Грамота", 25), T)
                .apply(new PlanActivityCompleted(PAIR, 4, DAY, "Проект", 50), T)
                .apply(new IndividualPlanAmended(PAIR, 2, activities(2), "Болезнь", DAY), T)
                .view(StateBasis.recorded(T));

        assertThat(view.planRevision()).isEqualTo(2);
        assertThat(view.planDone()).isOne();
        assertThat(view.planCompletionPercent()).isEqualTo(50);
    }

    @Test
    void anEndedPairKeepsItsOutcome() {
        PairAsOf view = opened().apply(new PairDissolved(PAIR, PROGRAM, Set.of(), "Переезд", DAY), T)
                .view(StateBasis.recorded(T));
        assertThat(view.status()).isEqualTo("DISSOLVED");
        assertThat(view.outcome()).isEqualTo("Переезд");
    }
}
