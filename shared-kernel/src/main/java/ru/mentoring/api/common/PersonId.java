package ru.mentoring.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * One person across programs, periods and organizations. Names, birth dates and contacts are kept apart,
 * in an erasable register keyed by this id, never in event payloads.
 */
public record PersonId(@JsonValue UUID value) {

    /** Ids travel as their bare UUID, in events and over HTTP alike. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PersonId from(UUID value) {
        return new PersonId(value);
    }

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
