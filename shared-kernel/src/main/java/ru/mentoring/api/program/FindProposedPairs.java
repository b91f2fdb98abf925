package ru.mentoring.api.program;

/**
 * Asks for the program's pairs and groups proposed and not yet fixed by order or withdrawn, as the curator
 * reviews them before the head's order; answered with a list of {@link ProposedPairView}.
 */
public record FindProposedPairs(ProgramId programId) {
}
