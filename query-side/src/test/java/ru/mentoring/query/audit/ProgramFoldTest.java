package ru.mentoring.query.audit;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.audit.ProgramAsOf;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramFoldTest {

    private static final ProgramId PROGRAM = ProgramId.random();
    private static final Instant T = Instant.parse("2021-01-15T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2020, 9, 1);

    private static PairProposed proposed(PairId pair) {
        return new PairProposed(PROGRAM, pair, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL, null,
                Set.of(new PersonId(UUID.randomUUID())), Set.of(new PersonId(UUID.randomUUID())));
    }

    private static FixedPair fixed(PairId pair) {
        return new FixedPair(pair, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL, null, Set.of(),
                Set.of());
    }

    @Test
    void pairsCountAsProposedUntilAnOrderFixesThemAndWithdrawnOnesNotAtAll() {
        PairId first = PairId.random();
        PairId second = PairId.random();
        PairId withdrawn = PairId.random();
        ProgramFold fold = new ProgramFold()
                .apply(new ProgramCreated(PROGRAM, new OrganizationId(UUID.randomUUID()),
                        AcademicPeriod.parse("2020-2021"), "Гимназия № 2"), T)
                .apply(new ProgramStageAdvanced(PROGRAM, ProgramStage.PREPARATION, ProgramStage.MATCHING), T)
                .apply(proposed(first), T)
                .apply(proposed(second), T)
                .apply(proposed(withdrawn), T)
                .apply(new PairProposalWithdrawn(PROGRAM, withdrawn, "Другая форма"), T);
        ProgramAsOf proposing = fold.view(StateBasis.recorded(T));
        ProgramAsOf fixedByOrder = fold.apply(new PairsFixedByOrder(PROGRAM, "150-о", DAY,
                List.of(fixed(first), fixed(second)), List.of()), T.plusSeconds(1))
                .view(StateBasis.recorded(T.plusSeconds(5)));

        assertThat(proposing.stage()).isEqualTo(ProgramStage.MATCHING);
        assertThat(proposing.proposedPairs()).isEqualTo(2);
        assertThat(proposing.fixedPairs()).isZero();
        assertThat(fixedByOrder.proposedPairs()).isZero();
        assertThat(fixedByOrder.fixedPairs()).isEqualTo(2);
        assertThat(fixedByOrder.eventsApplied()).isEqualTo(7);
        assertThat(fixedByOrder.lastEventAt()).isEqualTo(T.plusSeconds(1));
        assertThat(fixedByOrder.at()).isEqualTo(T.plusSeconds(5));
        assertThat(fixedByOrder.title()).isEqualTo("Гимназия № 2");
        assertThat(fixedByOrder.period()).isEqualTo("2020-2021");
    }

    @Test
    void aDissolvedPairWhoseMenteesWentBackToTheBaseIsNoLongerCountedAsTheProgramItselfDoes() {
        PairId kept = PairId.random();
        PairId dissolved = PairId.random();
        ProgramAsOf view = new ProgramFold()
                .apply(new ProgramCreated(PROGRAM, null, AcademicPeriod.parse("2020-2021"), "Школа № 1"), T)
                .apply(proposed(kept), T)
                .apply(proposed(dissolved), T)
                .apply(new PairsFixedByOrder(PROGRAM, "150-о", DAY, List.of(fixed(kept), fixed(dissolved)),
                        List.of()), T)
                .apply(new MenteesReturnedToBase(PROGRAM, dissolved, Set.of(new PersonId(UUID.randomUUID())),
                        "Наставник уволился"), T)
                .view(StateBasis.recorded(T));

        assertThat(view.fixedPairs()).isOne();
        assertThat(view.proposedPairs()).isZero();
    }

    @Test
    void countsEnrolmentsDocumentsAndInformingAsTheyHappen() {
        ProgramAsOf view = new ProgramFold()
                .apply(new ProgramCreated(PROGRAM, null, AcademicPeriod.parse("2020-2021"), "Школа № 1"), T)
                .apply(new ProgramDocumentRegistered(PROGRAM, ProgramDocumentKind.IMPLEMENTATION_ORDER, "1", DAY, null),
                        T)
                .apply(new InformingEventRecorded(PROGRAM, InformingEventKind.CLASS_HOUR, DAY, 25), T)
                .apply(new MenteeEnrolled(PROGRAM, new PersonId(UUID.randomUUID()), MenteeCategory.STUDENT, 12, null,
                        "6Б", "Учёба", RequestSource.SELF, DAY), T)
                .apply(new MenteeBaseFormed(PROGRAM, 1), T)
                .view(StateBasis.recorded(T));

        assertThat(view.stage()).isEqualTo(ProgramStage.PREPARATION);
        assertThat(view.documents()).isOne();
        assertThat(view.informingEvents()).isOne();
        assertThat(view.mentees()).isOne();
        assertThat(view.mentors()).isZero();
        assertThat(view.menteeBaseFormed()).isTrue();
        assertThat(view.mentorBaseFormed()).isFalse();
        assertThat(view.curatorAppointed()).isFalse();
    }
}
