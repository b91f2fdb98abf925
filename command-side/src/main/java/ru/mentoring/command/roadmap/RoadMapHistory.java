package ru.mentoring.command.roadmap;

import ru.mentoring.api.roadmap.RoadMapId;

import java.util.Optional;

/**
 * Earlier road maps as they stand now, for the next period's plan to start from.
 */
public interface RoadMapHistory {

    /** The prefix of {@code RoadMapCreated.templateCode} for a plan carried over from an earlier road map. */
    String CARRIED_OVER_FROM = "road-map:";

    /**
     * The road map's owner, level, period and title, its sections and its items not cancelled in their last
     * wording, as a template; empty if there is no such road map.
     */
    Optional<Carried> find(RoadMapId roadMapId);

    /** An earlier road map as a template, with the owner it belongs to. */
    record Carried(java.util.UUID ownerId, RoadMapTemplate plan) {
    }
}
