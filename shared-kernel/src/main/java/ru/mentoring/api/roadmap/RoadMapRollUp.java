package ru.mentoring.api.roadmap;

import java.util.List;
import java.util.UUID;

/**
 * Organization road maps added up: each plan with its own counts, the organizations that have none for the
 * period, and the counts of all their items together.
 */
public record RoadMapRollUp(List<RoadMapSummary> roadMaps, List<UUID> withoutRoadMap, ProgressCounts total) {

    public RoadMapRollUp {
        roadMaps = List.copyOf(roadMaps);
        withoutRoadMap = List.copyOf(withoutRoadMap);
    }
}
