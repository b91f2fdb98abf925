package ru.mentoring.api.program;

/**
 * Asks the program registry for one program; answered with an optional {@link ProgramSummary}.
 */
public record FindProgram(ProgramId programId) {
}
