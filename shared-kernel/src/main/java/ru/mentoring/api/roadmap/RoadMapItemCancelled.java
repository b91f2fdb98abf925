package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import ru.mentoring.api.common.PersonalText;

/**
 * An item was cancelled (отменено) and will not be done, for the reason given: a text about a subject of its own,
 * erased when a responsible person's name it holds is ({@link EraseResponsibleName}).
 */
@Revision("1")
public record RoadMapItemCancelled(RoadMapId roadMapId, RoadMapItemId itemId, PersonalText reason,
                                  LocalDate cancelledOn) {
}
