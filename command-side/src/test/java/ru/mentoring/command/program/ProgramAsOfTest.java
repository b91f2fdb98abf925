package ru.mentoring.command.program;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import ru.mentoring.api.audit.AsOfBasis;
import ru.mentoring.api.audit.AsOfFrame;
import ru.mentoring.api.audit.ProgramAsOf;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.*;
import ru.mentoring.command.common.AggregateReplay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program's read-only view ({@link Program#asOf}) of the aggregate folded from some of its events, as the audit's
 * as-of views get it: the aggregate's own handlers, no copy of them.
 */
class ProgramAsOfTest {

    private static final ProgramId PROGRAM = ProgramId.random();
    private static final Instant T = Instant.parse("2021-01-15T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2020, 9, 1);

    private final AggregateReplay replay = new AggregateReplay(null,
            new StaticListableBeanFactory().getBeanProvider(Configuration.class));

    private ProgramAsOf view(Object... events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>("Program", PROGRAM.toString(), messages.size(), event));
        }
        AsOfFrame frame = new AsOfFrame(T, AsOfBasis.RECORDED, null, messages.size(), T, List.of());
        return replay.replay(Program.class, messages).orElseThrow().invoke(program -> program.asOf(frame));
    }

    private static ProgramCreated created() {
        return new ProgramCreated(PROGRAM, new OrganizationId(UUID.randomUUID()), AcademicPeriod.parse("2020-2021"),
                "Гимназия № 2");
    }

    private static PairProposed proposed(PairId pair) {
        return new PairProposed(PROGRAM, pair, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL, null,
                Set.of(new PersonId(UUID.randomUUID())), Set.of(new PersonId(UUID.randomUUID())));
    }

    private static FixedPair fixed(PairId pair) {
        return new FixedPair(pair, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL, null, Set.of(),
                Set.of(new PersonId(UUID.randomUUID())));
    }

    @Test
    void pairsCountAsProposedUntilAnOrderFixesThemAndWithdrawnOnesNotAtAll() {
        PairId first = PairId.random();
        PairId second = PairId.random();
        PairId withdrawn = PairId.random();
        Object[] proposing = {created(),
                new ProgramStageAdvanced(PROGRAM, ProgramStage.PREPARATION, ProgramStage.MATCHING),
                proposed(first), proposed(second), proposed(withdrawn),
                new PairProposalWithdrawn(PROGRAM, withdrawn, PersonalText.plain("Другая форма"))};
        ProgramAsOf beforeTheOrder = view(proposing);
        List<Object> ordered = new ArrayList<>(List.of(proposing));
        ordered.add(new PairsFixedByOrder(PROGRAM, "150-о", DAY, List.of(fixed(first), fixed(second)), List.of()));
        ProgramAsOf afterIt = view(ordered.toArray());

        assertThat(beforeTheOrder.stage()).isEqualTo(ProgramStage.MATCHING);
        assertThat(beforeTheOrder.proposedPairs()).isEqualTo(2);
        assertThat(beforeTheOrder.fixedPairs()).isZero();
        assertThat(afterIt.proposedPairs()).isZero();
        assertThat(afterIt.fixedPairs()).isEqualTo(2);
        assertThat(afterIt.eventsApplied()).isEqualTo(7);
        assertThat(afterIt.title()).isEqualTo("Гимназия № 2");
        assertThat(afterIt.period()).isEqualTo("2020-2021");
    }

    @Test
    void aDissolvedPairWhoseMenteesWentBackToTheBaseIsNoLongerCountedAsTheProgramItselfDoes() {
        PairId kept = PairId.random();
        PairId dissolved = PairId.random();
        ProgramAsOf view = view(created(), proposed(kept), proposed(dissolved),
                new PairsFixedByOrder(PROGRAM, "150-о", DAY, List.of(fixed(kept), fixed(dissolved)), List.of()),
                new MenteesReturnedToBase(PROGRAM, dissolved, Set.of(new PersonId(UUID.randomUUID())),
                        PersonalText.plain("Наставник уволился")));

        assertThat(view.fixedPairs()).isOne();
        assertThat(view.proposedPairs()).isZero();
    }

    @Test
    void aBackDatedOrderCountedWithoutTheProposalsRecordedAfterTheMomentStillFixesThePairsItNames() {
        PairId pair = PairId.random();
        ProgramAsOf view = view(created(),
                new PairsFixedByOrder(PROGRAM, "150-о", DAY, List.of(fixed(pair)), List.of()));

        assertThat(view.fixedPairs()).isOne();
    }

    @Test
    void countsEnrolmentsDocumentsAndInformingAsTheyHappen() {
        PersonId mentee = new PersonId(UUID.randomUUID());
        ProgramAsOf view = view(created(),
                new ProgramDocumentRegistered(PROGRAM, ProgramDocumentKind.IMPLEMENTATION_ORDER, "1", DAY, null),
                new ProgramDocumentRegistered(PROGRAM, ProgramDocumentKind.IMPLEMENTATION_ORDER, "2", DAY, null),
                new InformingEventRecorded(PROGRAM, InformingEventKind.CLASS_HOUR, DAY, 25),
                new MenteeEnrolled(PROGRAM, mentee, MenteeCategory.STUDENT, 12, null, "6Б", PersonalText.plain("Учёба"),
                        RequestSource.SELF, DAY),
                new MenteeBaseFormed(PROGRAM, 1));

        assertThat(view.stage()).isEqualTo(ProgramStage.PREPARATION);
        assertThat(view.documents()).isEqualTo(2);
        assertThat(view.informingEvents()).isOne();
        assertThat(view.mentees()).isOne();
        assertThat(view.mentors()).isZero();
        assertThat(view.menteeBaseFormed()).isTrue();
        assertThat(view.mentorBaseFormed()).isFalse();
        assertThat(view.curatorAppointed()).isFalse();
    }

    @Test
    void aConsentCountedByItsDateBeforeTheEnrollmentItBelongsToChangesNothing() {
        ProgramAsOf view = view(created(), new PersonalDataConsentGiven(PROGRAM, new PersonId(UUID.randomUUID()),
                ConsentGiver.PARTICIPANT, DAY));

        assertThat(view.mentees()).isZero();
        assertThat(view.eventsApplied()).isEqualTo(2);
    }

    @Test
    void eventsOfAnotherAggregateTypeGiveNoProgram() {
        DomainEventMessage<?> other = new GenericDomainEventMessage<>("Pair", PROGRAM.toString(), 0, created());

        assertThat(replay.replay(Program.class, List.of(other))).isEmpty();
        assertThat(replay.replay(Program.class, List.of())).isEmpty();
    }
}
