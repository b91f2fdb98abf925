package ru.mentoring.api.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One item as the progress read model shows it.
 *
 * @param status        PLANNED, IN_PROGRESS, DONE or CANCELLED
 * @param overdue       whether an occurrence is past its date while the item is not done
 * @param nextDueDate   the earliest date an open occurrence is due, or {@code null}
 * @param openDueDates  the dates the occurrences not yet done are due
 */
public record RoadMapItemView(UUID itemId, int sectionNumber, String number, String activity, String expectedResult,
                             String indicators, String term, List<String> responsible, String status, boolean overdue,
                             LocalDate nextDueDate, List<LocalDate> openDueDates, LocalDate completedOn,
                             String evidenceDocument, String evidenceIndicator, String evidenceEvent,
                             String cancellationReason, UUID programId, String milestone) {

    public RoadMapItemView {
        responsible = List.copyOf(responsible);
        openDueDates = List.copyOf(openDueDates);
    }
}
