package ru.mentoring.app.ui.pairs;

import org.springframework.stereotype.Component;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.command.people.PersonRegister;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Names of the people of pairs as the person register gives them now: an erased person reads «(данные удалены)»,
 * and someone missing from the register reads as their id, so a row is never blank.
 */
@Component
class PairNames {

    private final PersonRegister register;

    PairNames(PersonRegister register) {
        this.register = register;
    }

    /** Every one of the given people with a name, in one look-up. */
    Map<PersonId, String> of(Collection<PersonId> people) {
        Map<UUID, String> found = register.names(people);
        Map<PersonId, String> names = new HashMap<>();
        people.forEach(person -> names.put(person, found.getOrDefault(person.value(), person.toString())));
        return names;
    }

    /** The names of some of them, sorted, for a cell that lists several people. */
    static List<String> sorted(Map<PersonId, String> names, Collection<PersonId> people) {
        return people.stream().map(names::get).sorted().toList();
    }
}
