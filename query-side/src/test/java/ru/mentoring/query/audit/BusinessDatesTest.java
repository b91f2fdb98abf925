package ru.mentoring.query.audit;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingRecorded;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairDissolved;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PairStalled;
import ru.mentoring.api.program.MenteeBaseFormed;
import ru.mentoring.api.program.PairsFixedByOrder;
import ru.mentoring.api.program.ProgramDocumentKind;
import ru.mentoring.api.program.ProgramDocumentRegistered;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramStage;
import ru.mentoring.api.program.ProgramStageAdvanced;
import ru.mentoring.api.roadmap.ItemEvidence;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemBecameOverdue;
import ru.mentoring.api.roadmap.RoadMapItemCompleted;
import ru.mentoring.api.roadmap.RoadMapItemId;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessDatesTest {

    private static final LocalDate DAY = LocalDate.of(2021, 10, 12);
    private static final PairId PAIR = PairId.random();
    private static final ProgramId PROGRAM = ProgramId.random();
    private static final RoadMapId ROAD_MAP = RoadMapId.random();

    @Test
    void factsTypedWithTheirDateCountByIt() {
        assertThat(BusinessDates.of(new MeetingRecorded(PAIR, 1, MeetingType.ORGANIZATIONAL, DAY,
                MeetingFormat.IN_PERSON, PersonalText.plain("Знакомство"), null))).contains(DAY);
        assertThat(BusinessDates.of(new PairDissolved(PAIR, PROGRAM, Set.of(), PersonalText.plain("Переезд"), DAY))).contains(DAY);
        assertThat(BusinessDates.of(new ProgramDocumentRegistered(PROGRAM, ProgramDocumentKind.IMPLEMENTATION_ORDER,
                "1-о", DAY, null))).contains(DAY);
        assertThat(BusinessDates.of(new PairsFixedByOrder(PROGRAM, "150-о", DAY, List.of(), List.of())))
                .contains(DAY);
        assertThat(BusinessDates.of(new RoadMapItemCompleted(ROAD_MAP, RoadMapItemId.random(), DAY,
                new ItemEvidence("Протокол № 1", null, null)))).contains(DAY);
    }

    @Test
    void whatTheSystemDecidesOrOnlyPlansCountsByWhenItWasRecorded() {
        assertThat(BusinessDates.of(new PairStalled(PAIR, PROGRAM, DAY))).isEmpty();
        assertThat(BusinessDates.of(new MenteeBaseFormed(PROGRAM, 3))).isEmpty();
        assertThat(BusinessDates.of(new ProgramStageAdvanced(PROGRAM, ProgramStage.PREPARATION,
                ProgramStage.MATCHING))).isEmpty();
        assertThat(BusinessDates.of(new RoadMapItemBecameOverdue(ROAD_MAP, RoadMapItemId.random(), DAY))).isEmpty();
        assertThat(BusinessDates.of("not an event")).isEmpty();
    }
}
