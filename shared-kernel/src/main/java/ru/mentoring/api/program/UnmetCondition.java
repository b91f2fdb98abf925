package ru.mentoring.api.program;

import ru.mentoring.api.common.PersonId;

import java.util.List;

/**
 * One condition of leaving the current stage that does not hold yet.
 *
 * @param code    stable identifier, such as {@code consent-missing}
 * @param message what is missing, in Russian, for the curator
 * @param people  the participants it concerns, if it concerns particular people
 */
public record UnmetCondition(String code, String message, List<PersonId> people) {

    public UnmetCondition {
        people = List.copyOf(people);
    }

    static UnmetCondition of(String code, String message) {
        return new UnmetCondition(code, message, List.of());
    }
}
