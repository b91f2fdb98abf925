package ru.mentoring.api.audit;

import ru.mentoring.api.roadmap.RoadMapId;

import java.time.Instant;

/**
 * Asks for a road map as it was at a past moment, rebuilt from the events that count by then on the given basis:
 * recorded by that moment, or (by business date) bearing a date not after that moment's day in Moscow.
 */
public record FindRoadMapAsOf(RoadMapId roadMapId, Instant at, AsOfBasis basis) {

    /** As the system knew it at that moment. */
    public FindRoadMapAsOf(RoadMapId roadMapId, Instant at) {
        this(roadMapId, at, AsOfBasis.RECORDED);
    }
}
