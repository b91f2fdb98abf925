package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonalText;

/**
 * An amendment of the approved road map was opened as revision {@code revision}, for the reason given: a text
 * about a subject of its own, erased when a responsible person's name it holds is ({@link EraseResponsibleName}).
 */
@Revision("1")
public record RoadMapAmendmentOpened(RoadMapId roadMapId, int revision, PersonalText reason) {
}
