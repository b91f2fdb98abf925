package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * One occurrence of a recurring item, the one due on {@code dueDate}, is done. When it was the last one open,
 * a {@link RoadMapItemCompleted} follows.
 */
@Revision("1")
public record RoadMapItemOccurrenceCompleted(RoadMapId roadMapId, RoadMapItemId itemId, LocalDate dueDate,
                                             LocalDate completedOn, ItemEvidence evidence) {
}
