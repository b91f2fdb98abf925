package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A road map was drafted for an owner and a period; {@code templateCode} names the template it came from,
 * {@code road-map:<id>} when it carries over the previous period's road map with that id, or is {@code null}.
 */
@Revision("1")
public record RoadMapCreated(RoadMapId roadMapId, RoadMapLevel level, UUID ownerId, PlanPeriod period, String title,
                             String templateCode) {

    /** The longest title a road map may have. */
    public static final int TITLE_MAX_LENGTH = 500;
}
