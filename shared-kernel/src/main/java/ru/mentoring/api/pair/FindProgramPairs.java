package ru.mentoring.api.pair;

import ru.mentoring.api.program.ProgramId;

/**
 * Asks for the progress of a program's pairs and groups, or only of those needing attention (an overdue
 * first meeting, a stalled pair, missing feedback); answered with a list of {@link PairProgress}.
 */
public record FindProgramPairs(ProgramId programId, boolean needingAttentionOnly) {
}
