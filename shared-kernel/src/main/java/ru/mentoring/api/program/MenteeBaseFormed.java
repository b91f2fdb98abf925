package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;

/**
 * The base of mentees was formed with this many mentees.
 */
@Revision("1")
public record MenteeBaseFormed(
        ProgramId programId,
        int mentees) implements ProgramMilestoneReached {

    @Override
    public ProgramMilestone milestone() {
        return ProgramMilestone.MENTEE_BASE_FORMED;
    }
}
