package ru.mentoring.api.pair;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one mentoring pair or group, from its proposal through its whole lifecycle.
 */
public record PairId(@JsonValue UUID value) {

    /** Ids travel as their bare UUID, in events and over HTTP alike. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PairId from(UUID value) {
        return new PairId(value);
    }

    public PairId {
        Objects.requireNonNull(value, "a pair id needs a value");
    }

    public static PairId random() {
        return new PairId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
