package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;

/**
 * The program moved from one stage to the next.
 */
@Revision("1")
public record ProgramStageAdvanced(
        ProgramId programId,
        ProgramStage from,
        ProgramStage to) {
}
