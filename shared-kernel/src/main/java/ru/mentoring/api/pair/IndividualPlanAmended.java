package ru.mentoring.api.pair;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonalText;

import java.time.LocalDate;
import java.util.List;

/**
 * The pair's individual plan was amended; revisions are numbered from 2 (the approved plan is 1).
 */
@Revision("1")
public record IndividualPlanAmended(
        PairId pairId,
        int revision,
        List<PlannedActivity> activities,
        PersonalText reason,
        LocalDate amendedOn) {
}
