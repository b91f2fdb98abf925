package ru.mentoring.api.audit;

import ru.mentoring.api.program.ProgramId;

import java.time.Instant;

/**
 * Asks for a program as it was at a past moment, rebuilt from the events stored up to that moment.
 */
public record FindProgramAsOf(ProgramId programId, Instant at) {
}
