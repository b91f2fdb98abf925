package ru.mentoring.api.program;

/**
 * Asks for one program's overview; answered with an optional {@link ProgramOverview}.
 */
public record FindProgramOverview(ProgramId programId) {
}
