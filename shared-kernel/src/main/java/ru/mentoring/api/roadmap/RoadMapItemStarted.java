package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Work on an item began.
 */
@Revision("1")
public record RoadMapItemStarted(RoadMapId roadMapId, RoadMapItemId itemId, LocalDate startedOn) {
}
