package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;

import java.time.LocalDate;
import java.util.Set;

/**
 * The group final event was held; participation is present out of the participants of fixed pairs.
 */
@Revision("1")
public record FinalEventHeld(
        ProgramId programId,
        LocalDate date,
        String title,
        Set<PersonId> present,
        int participants) implements ProgramMilestoneReached {

    @Override
    public ProgramMilestone milestone() {
        return ProgramMilestone.FINAL_EVENT_HELD;
    }
}
