package ru.mentoring.api.audit;

import ru.mentoring.api.roadmap.RoadMapId;

import java.time.Instant;

/**
 * Asks for a road map as it was at a past moment, rebuilt from the events stored up to that moment.
 */
public record FindRoadMapAsOf(RoadMapId roadMapId, Instant at) {
}
