package ru.mentoring.api.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one mentoring program. Its text form is the aggregate identifier in the event store.
 */
public record ProgramId(@JsonValue UUID value) {

    /** Ids travel as their bare UUID, in events and over HTTP alike. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ProgramId from(UUID value) {
        return new ProgramId(value);
    }

    public ProgramId {
        Objects.requireNonNull(value, "a program id needs a value");
    }

    public static ProgramId random() {
        return new ProgramId(UUID.randomUUID());
    }

    public static ProgramId of(String value) {
        return new ProgramId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
