package ru.mentoring.query.audit;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.audit.RoadMapAsOf;
import ru.mentoring.api.roadmap.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RoadMapFoldTest {

    private static final RoadMapId MAP = new RoadMapId(UUID.randomUUID());
    private static final Instant AT = Instant.parse("2021-06-01T00:00:00Z");

    private static RoadMapItemPlanned planned(RoadMapItemId id, String number) {
        return new RoadMapItemPlanned(MAP, id, 1, new ItemContent(number, "Мероприятие " + number, null, null, null,
                List.of()), List.of(LocalDate.of(2021, 5, 31)));
    }

    @Test
    void foldsItemsThroughTheirLifecycle() {
        RoadMapItemId first = new RoadMapItemId(UUID.randomUUID());
        RoadMapItemId second = new RoadMapItemId(UUID.randomUUID());
        RoadMapItemId third = new RoadMapItemId(UUID.randomUUID());
        RoadMapFold fold = new RoadMapFold();
        List<Object> events = List.of(
                new RoadMapCreated(MAP, RoadMapLevel.ORGANIZATION, UUID.randomUUID(), PlanPeriod.parse("2020-2021"),
                        "Дорожная карта", null),
                planned(first, "1"), planned(second, "2"), planned(third, "3"),
                new RoadMapApproved(MAP, 1, "377", LocalDate.of(2020, 5, 29)),
                new RoadMapItemStarted(MAP, first, LocalDate.of(2020, 9, 1)),
                new RoadMapItemCompleted(MAP, first, LocalDate.of(2020, 9, 10), null),
                new RoadMapItemBecameOverdue(MAP, second, LocalDate.of(2021, 5, 31)),
                new RoadMapItemCancelled(MAP, third, "Не актуально", LocalDate.of(2021, 1, 10)));
        events.forEach(event -> fold.apply(event, AT));

        RoadMapAsOf view = fold.view(StateBasis.recorded(AT));

        assertThat(view.approvedRevision()).isEqualTo(1);
        assertThat(view.items()).extracting(RoadMapAsOf.Item::status).containsExactly("DONE", "PLANNED", "CANCELLED");
        assertThat(view.items()).extracting(RoadMapAsOf.Item::overdue).containsExactly(false, true, false);
        assertThat(view.done()).isOne();
        assertThat(view.overdue()).isOne();
        assertThat(view.eventsApplied()).isEqualTo(9);
    }

    @Test
    void aMonthlyItemStaysOverdueWhileAnotherOfItsOverdueOccurrencesIsNotDone() {
        RoadMapItemId monthly = new RoadMapItemId(UUID.randomUUID());
        LocalDate january = LocalDate.of(2021, 1, 31);
        LocalDate february = LocalDate.of(2021, 2, 28);
        RoadMapFold fold = new RoadMapFold();
        List.of(new RoadMapCreated(MAP, RoadMapLevel.ORGANIZATION, UUID.randomUUID(), PlanPeriod.parse("2020-2021"),
                        "Дорожная карта", null),
                new RoadMapItemPlanned(MAP, monthly, 1, new ItemContent("1", "Ежемесячный отчёт", null, null, null,
                        List.of()), List.of(january, february)),
                new RoadMapItemBecameOverdue(MAP, monthly, january),
                new RoadMapItemBecameOverdue(MAP, monthly, february),
                new RoadMapItemOccurrenceCompleted(MAP, monthly, january, LocalDate.of(2021, 3, 5),
                        ItemEvidence.document("Отчёт за январь"))).forEach(event -> fold.apply(event, AT));

        assertThat(fold.view(StateBasis.recorded(AT)).overdue()).isOne();

        fold.apply(new RoadMapItemOccurrenceCompleted(MAP, monthly, february, LocalDate.of(2021, 3, 6),
                ItemEvidence.document("Отчёт за февраль")), AT);
        assertThat(fold.view(StateBasis.recorded(AT)).overdue()).isZero();
    }
}
