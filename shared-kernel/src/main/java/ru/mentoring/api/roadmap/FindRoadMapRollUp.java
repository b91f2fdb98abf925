package ru.mentoring.api.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Asks for the organization road maps of the given organizations for a period, added up: how a municipality's
 * schools stand with their plans (004: the municipality agrees and follows the organizations' road maps).
 * Answered with a {@link RoadMapRollUp}. Which organizations belong to a municipality is for the caller to say.
 */
public record FindRoadMapRollUp(List<UUID> organizationIds, PlanPeriod period, LocalDate asOf) {

    public FindRoadMapRollUp {
        organizationIds = List.copyOf(organizationIds);
    }
}
