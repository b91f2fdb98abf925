package ru.mentoring.api.roadmap;

/**
 * Asks for the items of one road map with their state, in section and document order; answered with a list
 * of {@link RoadMapItemView}.
 */
public record FindRoadMapItems(RoadMapId roadMapId) {
}
