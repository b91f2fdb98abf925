package ru.mentoring.api.roadmap;

import java.time.LocalDate;

/**
 * Asks for the progress of one road map as on a day (what is upcoming counts from it); answered with an
 * optional {@link RoadMapProgress}.
 */
public record FindRoadMapProgress(RoadMapId roadMapId, LocalDate asOf) {
}
