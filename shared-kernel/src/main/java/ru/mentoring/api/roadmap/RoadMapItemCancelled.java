package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An item was cancelled (отменено) and will not be done, for the reason given.
 */
@Revision("1")
public record RoadMapItemCancelled(RoadMapId roadMapId, RoadMapItemId itemId, String reason, LocalDate cancelledOn) {
}
