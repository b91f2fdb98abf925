package ru.mentoring.api.audit;

import ru.mentoring.api.roadmap.RoadMapId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A road map as it was at a moment: its revision and approval, and each item's status then.
 *
 * @param items the items in the order they were planned, with their status at that moment ({@code PLANNED},
 *              {@code IN_PROGRESS}, {@code DONE}, {@code CANCELLED}) and whether an occurrence was overdue
 * @param basis which time decided what counts ({@link AsOfBasis})
 * @param businessDate the Moscow day of {@code at} when the basis is {@code BUSINESS}
 * @param recordedLater the events counted by their business date that were recorded after {@code at}
 */
public record RoadMapAsOf(RoadMapId roadMapId, Instant at, AsOfBasis basis, LocalDate businessDate,
                          int eventsApplied, Instant lastEventAt, String title,
                          String level, String period, int revision, int approvedRevision, List<Item> items,
                          int done, int overdue, List<RecordedLater> recordedLater) {

    /** One item as it was. */
    public record Item(String number, String activity, String status, boolean overdue) {
    }

    public RoadMapAsOf {
        items = List.copyOf(items);
        recordedLater = List.copyOf(recordedLater);
    }
}
