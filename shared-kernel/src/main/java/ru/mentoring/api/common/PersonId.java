package ru.mentoring.api.common;

import java.util.Objects;
import java.util.UUID;

/**
 * One person across programs, periods and organizations. Names, birth dates and contacts are kept apart,
 * in an erasable register keyed by this id, never in event payloads.
 */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "a person id needs a value");
    }

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
