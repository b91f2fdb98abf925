package ru.mentoring.api.audit;

import ru.mentoring.api.program.ProgramId;

import java.util.List;

/**
 * Asks the command side for the program as its own aggregate makes of the stored events with these sequence
 * numbers (the events an as-of view counts), answered as a {@link ProgramAsOf} in the given frame; empty when there is
 * no such program. The audit's {@link FindProgramAsOf} handler sends it: no one else needs to.
 */
public record FindProgramState(ProgramId programId, List<Long> sequenceNumbers, AsOfFrame frame) {

    public FindProgramState {
        sequenceNumbers = List.copyOf(sequenceNumbers);
    }
}
