package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * Pairs and groups were fixed by the head's order; each opens its own lifecycle, with the program's feedback
 * dates as its feedback deadlines.
 */
@Revision("1")
public record PairsFixedByOrder(
        ProgramId programId,
        String orderNumber,
        LocalDate orderDate,
        List<FixedPair> pairs,
        List<LocalDate> feedbackDates) implements ProgramMilestoneReached {

    @Override
    public ProgramMilestone milestone() {
        return ProgramMilestone.PAIRS_FIXED;
    }
}
