package ru.mentoring.bench.generator;

import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.ProgramId;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated program: its year, whether it is to be completed, and the pairs and groups its order fixed.
 */
record GeneratedProgram(ProgramId id, int organization, int year, boolean completed, LocalDate fixedOn,
                        List<PersonId> mentors, List<Pair> pairs) {

    /** A pair or group as fixed: who is in it. */
    record Pair(PairId id, List<PersonId> mentors, List<PersonId> mentees) {
    }
}
