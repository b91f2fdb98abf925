package ru.mentoring.api.roadmap;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one item (мероприятие) of a road map.
 */
public record RoadMapItemId(UUID value) {

    public RoadMapItemId {
        Objects.requireNonNull(value, "a road-map item id needs a value");
    }

    public static RoadMapItemId random() {
        return new RoadMapItemId(UUID.randomUUID());
    }

    public static RoadMapItemId of(String value) {
        return new RoadMapItemId(UUID.fromString(value));
    }

    /**
     * The id of an item the road map itself creates (from a template or an import): derived from the road map
     * and the item's key, so that replaying the same command gives the same ids.
     */
    public static RoadMapItemId derived(RoadMapId roadMap, String key) {
        return new RoadMapItemId(UUID.nameUUIDFromBytes((roadMap + "/" + key).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
