package ru.mentoring.api.pair;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one mentoring pair or group, from its proposal through its whole lifecycle.
 */
public record PairId(UUID value) {

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
