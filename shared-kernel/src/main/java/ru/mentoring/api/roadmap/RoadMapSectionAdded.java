package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;

/**
 * A section was added to the road map under the next number.
 */
@Revision("1")
public record RoadMapSectionAdded(RoadMapId roadMapId, int sectionNumber, String title) {
}
