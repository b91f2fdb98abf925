package ru.mentoring.api.roadmap;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Asks for the road maps of a level and/or an owner, newest first; answered with a list of
 * {@link RoadMapSummary} with progress as on {@code asOf}. A {@code null} criterion matches every road map.
 */
public record FindRoadMaps(RoadMapLevel level, UUID ownerId, String region, String municipality, LocalDate asOf) {

    /** Of one level and/or one owner, wherever they lie. */
    public FindRoadMaps(RoadMapLevel level, UUID ownerId, LocalDate asOf) {
        this(level, ownerId, null, null, asOf);
    }
}
