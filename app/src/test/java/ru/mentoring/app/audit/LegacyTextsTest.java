package ru.mentoring.app.audit;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingRecorded;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.CaseRecorded;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.MenteeEnrolled;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.PairProposalWithdrawn;
import ru.mentoring.api.program.PairProposed;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.RequestSource;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemCancelled;
import ru.mentoring.api.roadmap.RoadMapItemId;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whom an old text is decided to be about, from what its stream said by then.
 */
class LegacyTextsTest {

    private static final ProgramId PROGRAM = ProgramId.random();
    private static final LocalDate DAY = LocalDate.of(2021, 3, 1);
    private final PersonId ann = person();
    private final PersonId boris = person();
    private final PersonId vera = person();
    private final PairId pair = PairId.random();

    @Test
    void aRequestIsAboutThePersonEnrolledAlone() {
        LegacyTexts texts = new LegacyTexts(false);
        texts.next(enrolled(ann, "Учёба"));

        MenteeEnrolled resealed = (MenteeEnrolled) texts.next(enrolled(boris, "Боится контрольных")).orElseThrow();

        assertThat(resealed.request().about()).containsExactly(boris);
        assertThat(resealed.request().value()).isEqualTo("Боится контрольных");
        assertThat(texts.sealed()).isEqualTo(2);
    }

    @Test
    void aTextOfAPairIsAboutThePairsPeopleAndACaseWithoutOneAboutEveryoneNamedSoFar() {
        LegacyTexts texts = new LegacyTexts(false);
        texts.next(enrolled(ann, null));
        texts.next(enrolled(boris, null));
        texts.next(new PairProposed(PROGRAM, pair, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL, null,
                Set.of(vera), Set.of(ann)));

        PairProposalWithdrawn withdrawn = (PairProposalWithdrawn) texts.next(new PairProposalWithdrawn(PROGRAM, pair,
                PersonalText.plain("Не сошлись характерами"))).orElseThrow();
        CaseRecorded programCase = (CaseRecorded) texts.next(new CaseRecorded(PROGRAM, 1, PersonalText.plain("Кейс"),
                null, null, null)).orElseThrow();

        assertThat(withdrawn.reason().about()).containsExactlyInAnyOrderElementsOf(List.of(vera, ann));
        assertThat(programCase.title().about()).containsExactlyInAnyOrderElementsOf(List.of(ann, boris, vera));
    }

    @Test
    void aPairsOwnStreamLearnsItsPeopleFromTheEventThatNamesThem() {
        LegacyTexts texts = new LegacyTexts(false);
        texts.next(new PairProposed(PROGRAM, pair, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL, null,
                Set.of(vera), Set.of(ann)));

        MeetingRecorded meeting = (MeetingRecorded) texts.next(new MeetingRecorded(pair, 1, MeetingType.ORGANIZATIONAL,
                DAY, MeetingFormat.IN_PERSON, PersonalText.plain("Знакомство"), null)).orElseThrow();

        assertThat(meeting.topic().about()).containsExactlyInAnyOrderElementsOf(List.of(vera, ann));
        assertThat(meeting.notes()).isNull();
    }

    @Test
    void aRoadMapsTextsAreEachAboutASubjectOfTheirOwnAndSealedTextsAreLeftAsTheyAre() {
        LegacyTexts texts = new LegacyTexts(true);
        RoadMapItemCancelled first = (RoadMapItemCancelled) texts.next(new RoadMapItemCancelled(RoadMapId.random(),
                RoadMapItemId.random(), PersonalText.plain("Уволилась"), DAY)).orElseThrow();
        RoadMapItemCancelled second = (RoadMapItemCancelled) texts.next(new RoadMapItemCancelled(RoadMapId.random(),
                RoadMapItemId.random(), PersonalText.plain("Уволилась"), DAY)).orElseThrow();
        assertThat(first.reason().about()).hasSize(1).doesNotContainAnyElementsOf(second.reason().about());

        RoadMapItemCancelled current = new RoadMapItemCancelled(RoadMapId.random(), RoadMapItemId.random(),
                PersonalText.about(List.of(ann), "Уже запечатано"), DAY);
        assertThat(texts.next(current)).isEmpty();
    }

    @Test
    void aTextNoOneCanBeFoundForIsLeftAndCounted() {
        LegacyTexts texts = new LegacyTexts(false);

        assertThat(texts.next(new CaseRecorded(PROGRAM, 1, PersonalText.plain("Кейс"), null, null, null))).isEmpty();
        assertThat(texts.aboutNoOne()).isOne();
    }

    private static MenteeEnrolled enrolled(PersonId person, String request) {
        return new MenteeEnrolled(PROGRAM, person, MenteeCategory.STUDENT, 13, null, "7А", PersonalText.plain(request),
                RequestSource.SELF, DAY);
    }

    private static PersonId person() {
        return new PersonId(UUID.randomUUID());
    }
}
