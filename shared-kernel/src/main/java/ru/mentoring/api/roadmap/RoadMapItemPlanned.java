package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonalText;

import java.time.LocalDate;
import java.util.List;

/**
 * An item was added to a section. {@code dueDates} are the dates its occurrences are due, in order: one for a
 * one-off item, one a month or a year for a recurring one, none for an item done as needed.
 * <p>
 * The responsible people (ответственные) are {@code responsible}, each name a {@link PersonalText} about a person
 * of its own, so that a name can be erased ({@code ResponsibleNameErased}); {@code content}'s list of them is empty.
 * Items planned before names were erasable have their names in {@code content} and {@code responsible} null.
 */
@Revision("1")
public record RoadMapItemPlanned(RoadMapId roadMapId, RoadMapItemId itemId, int sectionNumber, ItemContent content,
                                 List<LocalDate> dueDates, List<PersonalText> responsible) {

    public RoadMapItemPlanned {
        dueDates = List.copyOf(dueDates);
        responsible = responsible == null ? null : List.copyOf(responsible);
    }

    /** An item as planned before names were erasable: its names in {@code content}. */
    public RoadMapItemPlanned(RoadMapId roadMapId, RoadMapItemId itemId, int sectionNumber, ItemContent content,
                              List<LocalDate> dueDates) {
        this(roadMapId, itemId, sectionNumber, content, dueDates, null);
    }

    /** The responsible people's names as they read now, an erased one as «(удалено)». */
    public List<String> responsibleNames() {
        return responsible == null ? content.responsible() : responsible.stream().map(PersonalText::toString).toList();
    }
}
