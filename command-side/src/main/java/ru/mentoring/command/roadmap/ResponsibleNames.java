package ru.mentoring.command.roadmap;

import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.roadmap.ItemContent;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An item's responsible people as its events carry them: each name a {@link PersonalText} about a subject of its
 * own — a fresh random id with a key of its own — so that one name can be erased wherever it stands without
 * erasing the others ({@code EraseResponsibleName}).
 */
final class ResponsibleNames {

    private ResponsibleNames() {
    }

    /** A road map's own text (a cancellation's or an amendment's reason), about a subject of its own. */
    static PersonalText aboutItsOwn(String text) {
        return PersonalText.about(List.of(new PersonId(UUID.randomUUID())), text);
    }

    static List<PersonalText> sealed(ItemContent content) {
        return content.responsible().stream()
                .map(name -> PersonalText.about(List.of(new PersonId(UUID.randomUUID())), name))
                .filter(Objects::nonNull)
                .toList();
    }
}
