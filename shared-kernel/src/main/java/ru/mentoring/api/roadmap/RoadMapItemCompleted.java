package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An item is done, shown by the evidence; an item done after its due date stays marked as done late.
 */
@Revision("1")
public record RoadMapItemCompleted(RoadMapId roadMapId, RoadMapItemId itemId, LocalDate completedOn,
                                   ItemEvidence evidence) {
}
