package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.PairId;

import java.util.Set;

/**
 * A pair was dissolved; its mentees are back among the program's unmatched mentees.
 */
@Revision("1")
public record MenteesReturnedToBase(
        ProgramId programId,
        PairId pairId,
        Set<PersonId> mentees,
        PersonalText reason) {
}
