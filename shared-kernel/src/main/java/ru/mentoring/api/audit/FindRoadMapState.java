package ru.mentoring.api.audit;

import ru.mentoring.api.roadmap.RoadMapId;

import java.util.List;

/**
 * Asks the command side for the road map as its own aggregate makes of the stored events with these sequence
 * numbers (the events an as-of view counts), answered as a {@link RoadMapAsOf} in the given frame; empty when there is
 * no such road map. The audit's {@link FindRoadMapAsOf} handler sends it: no one else needs to.
 */
public record FindRoadMapState(RoadMapId roadMapId, List<Long> sequenceNumbers, AsOfFrame frame) {

    public FindRoadMapState {
        sequenceNumbers = List.copyOf(sequenceNumbers);
    }
}
