package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;

import java.util.List;

/**
 * A responsible person's name was erased from the road map: the keys of {@code subjects} (one for each place the
 * name stood) are destroyed; {@code items} are the items it stood in, with their responsible people as they read
 * from now on; {@code cancellations} the items whose cancellation reason held it, and {@code amendments} the
 * revisions whose amendment reason held it, those reasons now erased whole. The name itself is in no event from
 * now on: only in the texts now unreadable.
 */
@Revision("1")
public record ResponsibleNameErased(RoadMapId roadMapId, List<PersonId> subjects, List<ItemResponsible> items,
                                    List<RoadMapItemId> cancellations, List<Integer> amendments) {

    public ResponsibleNameErased {
        subjects = List.copyOf(subjects);
        items = List.copyOf(items);
        cancellations = cancellations == null ? List.of() : List.copyOf(cancellations);
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }

    /** One item and its responsible people after the erasure. */
    public record ItemResponsible(RoadMapItemId itemId, List<PersonalText> responsible) {

        public ItemResponsible {
            responsible = List.copyOf(responsible);
        }

        /** The names as they read now, the erased one as «(удалено)». */
        public List<String> names() {
            return responsible.stream().map(PersonalText::toString).toList();
        }
    }
}
