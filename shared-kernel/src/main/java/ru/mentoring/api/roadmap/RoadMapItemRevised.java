package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * An item was rewritten as a whole: {@code dueDates} are the due dates of its occurrences under the new term,
 * all of them open.
 */
@Revision("1")
public record RoadMapItemRevised(RoadMapId roadMapId, RoadMapItemId itemId, ItemContent content,
                                 List<LocalDate> dueDates) {

    public RoadMapItemRevised {
        dueDates = List.copyOf(dueDates);
    }
}
