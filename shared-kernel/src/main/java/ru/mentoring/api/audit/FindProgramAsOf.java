package ru.mentoring.api.audit;

import ru.mentoring.api.program.ProgramId;

import java.time.Instant;

/**
 * Asks for a program as it was at a past moment, rebuilt from the events that count by then on the given basis:
 * recorded by that moment, or (by business date) bearing a date not after that moment's day in Moscow.
 */
public record FindProgramAsOf(ProgramId programId, Instant at, AsOfBasis basis) {

    /** As the system knew it at that moment. */
    public FindProgramAsOf(ProgramId programId, Instant at) {
        this(programId, at, AsOfBasis.RECORDED);
    }
}
