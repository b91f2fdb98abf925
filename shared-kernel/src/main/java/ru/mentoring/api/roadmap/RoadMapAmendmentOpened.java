package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;

/**
 * An amendment of the approved road map was opened as revision {@code revision}, for the reason given.
 */
@Revision("1")
public record RoadMapAmendmentOpened(RoadMapId roadMapId, int revision, String reason) {
}
