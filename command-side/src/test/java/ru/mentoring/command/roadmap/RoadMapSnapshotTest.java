package ru.mentoring.command.roadmap;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;
import ru.mentoring.api.roadmap.*;
import ru.mentoring.command.common.DomainRuleViolation;
import ru.mentoring.command.common.SnapshotRoundTrip;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.command.roadmap.RoadMapSamples.*;

/**
 * A road map loaded from its snapshot is the road map its events make: every field survives the Jackson round trip
 * (its items keyed by item id, their sets of dates, sections keyed by number, records and enums), and the commands
 * after are decided as they are without the snapshot.
 */
class RoadMapSnapshotTest {

    private static final ItemEvidence EVIDENCE = new ItemEvidence("Приказ № 5", null, null);
    private static final ProgramId PROGRAM = new ProgramId(UUID.fromString("5d0c1b2a-7e3f-4a6b-9c8d-0000000000ff"));
    private static final LocalDate SEPTEMBER_30 = LocalDate.of(2021, 9, 30);
    private static final LocalDate OCTOBER_31 = LocalDate.of(2021, 10, 31);

    private static RoadMapItemId item(int number) {
        return new RoadMapItemId(UUID.nameUUIDFromBytes(("item " + number).getBytes(StandardCharsets.UTF_8)));
    }

    private static ItemContent monthly(int number) {
        return new ItemContent(String.valueOf(number), "Публикации, часть " + number, null, "Не менее 5 публикаций",
                new ItemSchedule(LocalDate.of(2021, 9, 1), DECEMBER_31, Recurrence.MONTHLY, "ежемесячно"),
                List.of("Кузина М.С."));
    }

    /**
     * An organization's year: two sections, 40 monthly items; then approved, amended; items started, overdue, done
     * month by month, done at once, cancelled, revised, bound to a program's milestone.
     */
    private static List<Object> history() {
        List<LocalDate> months = List.of(SEPTEMBER_30, OCTOBER_31, LocalDate.of(2021, 11, 30), DECEMBER_31);
        List<Object> events = new ArrayList<>(List.of(created(RoadMapLevel.ORGANIZATION), section(),
                new RoadMapSectionAdded(ROAD_MAP, 2, "Мониторинг")));
        for (int number = 1; number <= 40; number++) {
            events.add(new RoadMapItemPlanned(ROAD_MAP, item(number), 1 + number % 2, monthly(number), months));
        }
        events.add(new RoadMapApproved(ROAD_MAP, 1, "12-о", LocalDate.of(2021, 8, 30)));
        for (int number = 1; number <= 40; number++) {
            events.add(new RoadMapItemStarted(ROAD_MAP, item(number), LocalDate.of(2021, 9, 1)));
            events.add(new RoadMapItemBecameOverdue(ROAD_MAP, item(number), SEPTEMBER_30));
        }
        for (int number = 1; number <= 20; number++) {
            events.add(new RoadMapItemOccurrenceCompleted(ROAD_MAP, item(number), SEPTEMBER_30,
                    LocalDate.of(2021, 10, 2), EVIDENCE));
        }
        events.add(new RoadMapItemCompleted(ROAD_MAP, item(21), LocalDate.of(2021, 10, 3), EVIDENCE));
        events.add(new RoadMapItemCancelled(ROAD_MAP, item(22), PersonalText.plain("Не требуется"), LocalDate.of(2021, 10, 4)));
        events.add(new RoadMapItemBoundToMilestone(ROAD_MAP, item(23), PROGRAM, ProgramMilestone.PAIRS_FIXED));
        events.add(new RoadMapAmendmentOpened(ROAD_MAP, 2, PersonalText.plain("Новые сроки")));
        events.add(new RoadMapItemRevised(ROAD_MAP, item(24), monthly(24), List.of(OCTOBER_31, DECEMBER_31)));
        return events;
    }

    private static RoadMap sourced() {
        return SnapshotRoundTrip.sourced(RoadMap.class, RoadMap::new, ROAD_MAP.toString(), history());
    }

    @Test
    void everyFieldSurvivesTheSnapshot() {
        RoadMap original = sourced();
        RoadMap restored = SnapshotRoundTrip.restored(original);

        assertThat(SnapshotRoundTrip.json(restored)).isEqualTo(SnapshotRoundTrip.json(original));
        assertThat(restored.carriedOver()).isEqualTo(original.carriedOver());
        assertThat(SnapshotRoundTrip.json(restored)).contains("\"" + item(40) + "\"", "\"2\":\"Мониторинг\"");
    }

    @Test
    void occurrencesAreDoneOneByOneUntilTheItemIs() {
        decide(new CompleteRoadMapItemOccurrence(ROAD_MAP, item(1), OCTOBER_31, LocalDate.of(2021, 11, 1), EVIDENCE),
                result -> result.expectEvents(new RoadMapItemOccurrenceCompleted(ROAD_MAP, item(1), OCTOBER_31,
                        LocalDate.of(2021, 11, 1), EVIDENCE)));
        decide(new CompleteRoadMapItemOccurrence(ROAD_MAP, item(1), SEPTEMBER_30, LocalDate.of(2021, 11, 1), EVIDENCE),
                result -> result.expectException(DomainRuleViolation.class));
        decide(new CompleteRoadMapItemOccurrence(ROAD_MAP, item(24), SEPTEMBER_30, LocalDate.of(2021, 11, 1),
                EVIDENCE), result -> result.expectException(DomainRuleViolation.class));
    }

    @Test
    void closedItemsStayClosed() {
        decide(new StartRoadMapItem(ROAD_MAP, item(2), LocalDate.of(2021, 11, 1)),
                result -> result.expectException(DomainRuleViolation.class));
        decide(new CancelRoadMapItem(ROAD_MAP, item(21), "Поздно", LocalDate.of(2021, 11, 1)),
                result -> result.expectException(DomainRuleViolation.class));
        decide(new CancelRoadMapItem(ROAD_MAP, item(23), "Не нужно", LocalDate.of(2021, 11, 1)),
                result -> result.expectEvents(new RoadMapItemCancelled(ROAD_MAP, item(23), PersonalText.plain("Не нужно"),
                        LocalDate.of(2021, 11, 1))));
    }

    @Test
    void sectionsNumbersAndRevisionsGoOn() {
        decide(new AddRoadMapSection(ROAD_MAP, "Итоги"),
                result -> result.expectEvents(new RoadMapSectionAdded(ROAD_MAP, 3, "Итоги")));
        decide(new PlanRoadMapItem(ROAD_MAP, item(99), 2, monthly(3)),
                result -> result.expectException(DomainRuleViolation.class));
        decide(new ApproveRoadMap(ROAD_MAP, "20-о", LocalDate.of(2021, 11, 1)),
                result -> result.expectEvents(new RoadMapApproved(ROAD_MAP, 2, "20-о", LocalDate.of(2021, 11, 1))));
    }

    /** The same command, given the whole history and given the snapshot of it, meets the same expectation. */
    private static void decide(Object command, Consumer<ResultValidator<RoadMap>> expectation) {
        List<Object> history = history();
        expectation.accept(fixture().given(history).when(command));
        RoadMap snapshot = SnapshotRoundTrip.restored(sourced());
        expectation.accept(fixture().given(List.of(SnapshotRoundTrip.asSnapshotEvent(snapshot, ROAD_MAP.toString(),
                history.size() - 1))).when(command));
    }

    private static AggregateTestFixture<RoadMap> fixture() {
        AggregateTestFixture<RoadMap> fixture = new AggregateTestFixture<>(RoadMap.class);
        // a snapshot's aggregate is the loaded aggregate itself, which the check of sourcing would replay again
        fixture.setReportIllegalStateChange(false);
        return fixture;
    }
}
