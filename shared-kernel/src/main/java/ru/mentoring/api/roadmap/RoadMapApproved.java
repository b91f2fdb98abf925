package ru.mentoring.api.roadmap;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A revision of the road map was approved by the order with the given number and date: revision 1 is the
 * plan first approved, each later one an amendment.
 */
@Revision("1")
public record RoadMapApproved(RoadMapId roadMapId, int revision, String orderNumber, LocalDate orderDate) {
}
