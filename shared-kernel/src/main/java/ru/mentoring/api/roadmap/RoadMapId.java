package ru.mentoring.api.roadmap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one road map. Its text form is the aggregate identifier in the event store, and it is serialized
 * as that text: a deadline stores its aggregate's identifier as an untyped value, and only a plain string comes
 * back from JSON as the identifier the repository loads the road map by.
 */
public record RoadMapId(UUID value) {

    public RoadMapId {
        Objects.requireNonNull(value, "a road map id needs a value");
    }

    public static RoadMapId random() {
        return new RoadMapId(UUID.randomUUID());
    }

    @JsonCreator
    public static RoadMapId of(String value) {
        return new RoadMapId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
