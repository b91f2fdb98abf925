package ru.mentoring.query.audit;

import ru.mentoring.api.common.PersonId;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * People's names as the person register gives them at the time of reading; an erased person reads as
 * «(данные удалены)».
 */
@FunctionalInterface
interface PersonNames {

    String ERASED = "(данные удалены)";

    String of(PersonId person);

    default String of(Collection<PersonId> people) {
        return people.stream().map(this::of).sorted().collect(Collectors.joining(", "));
    }
}
