package ru.mentoring.api.roadmap;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one road map. Its text form is the aggregate identifier in the event store.
 */
public record RoadMapId(UUID value) {

    public RoadMapId {
        Objects.requireNonNull(value, "a road map id needs a value");
    }

    public static RoadMapId random() {
        return new RoadMapId(UUID.randomUUID());
    }

    public static RoadMapId of(String value) {
        return new RoadMapId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
