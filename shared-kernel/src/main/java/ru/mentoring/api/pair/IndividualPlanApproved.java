package ru.mentoring.api.pair;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The pair's individual plan was approved.
 */
@Revision("1")
public record IndividualPlanApproved(
        PairId pairId,
        List<PlannedActivity> activities,
        LocalDate approvedOn) {
}
