package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonalText;

import java.time.LocalDate;
import java.util.List;

/**
 * An item was rewritten as a whole: {@code dueDates} are the due dates of its occurrences under the new term,
 * all of them open. The responsible people are {@code responsible}, as in {@link RoadMapItemPlanned}.
 */
@Revision("1")
public record RoadMapItemRevised(RoadMapId roadMapId, RoadMapItemId itemId, ItemContent content,
                                 List<LocalDate> dueDates, List<PersonalText> responsible) {

    public RoadMapItemRevised {
        dueDates = List.copyOf(dueDates);
        responsible = responsible == null ? null : List.copyOf(responsible);
    }

    /** An item as revised before names were erasable: its names in {@code content}. */
    public RoadMapItemRevised(RoadMapId roadMapId, RoadMapItemId itemId, ItemContent content,
                              List<LocalDate> dueDates) {
        this(roadMapId, itemId, content, dueDates, null);
    }

    /** The responsible people's names as they read now, an erased one as «(удалено)». */
    public List<String> responsibleNames() {
        return responsible == null ? content.responsible() : responsible.stream().map(PersonalText::toString).toList();
    }
}
