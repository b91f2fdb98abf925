package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * An item was added to a section. {@code dueDates} are the dates its occurrences are due, in order: one for a
 * one-off item, one a month or a year for a recurring one, none for an item done as needed.
 */
@Revision("1")
public record RoadMapItemPlanned(RoadMapId roadMapId, RoadMapItemId itemId, int sectionNumber, ItemContent content,
                                 List<LocalDate> dueDates) {

    public RoadMapItemPlanned {
        dueDates = List.copyOf(dueDates);
    }
}
