package ru.mentoring.api.pair;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonalText;

import java.time.LocalDate;

/**
 * An activity of the plan was done; the plan is now this many percent complete.
 */
@Revision("1")
public record PlanActivityCompleted(
        PairId pairId,
        int number,
        LocalDate completedOn,
        PersonalText evidence,
        int planCompletionPercent) {
}
