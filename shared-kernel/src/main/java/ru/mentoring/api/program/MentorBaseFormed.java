package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;

/**
 * The base of mentors was formed with this many mentors.
 */
@Revision("1")
public record MentorBaseFormed(
        ProgramId programId,
        int mentors) implements ProgramMilestoneReached {

    @Override
    public ProgramMilestone milestone() {
        return ProgramMilestone.MENTOR_BASE_FORMED;
    }
}
