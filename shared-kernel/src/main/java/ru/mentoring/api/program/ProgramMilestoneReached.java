package ru.mentoring.api.program;

/**
 * Implemented by every program event that marks a {@link ProgramMilestone}, so that a policy can react to
 * all of them with one handler of this type.
 */
public interface ProgramMilestoneReached {

    ProgramId programId();

    ProgramMilestone milestone();
}
