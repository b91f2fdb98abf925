package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;

/**
 * The program is completed.
 */
@Revision("1")
public record ProgramCompleted(
        ProgramId programId) implements ProgramMilestoneReached {

    @Override
    public ProgramMilestone milestone() {
        return ProgramMilestone.PROGRAM_COMPLETED;
    }
}
