package ru.mentoring.api.program;

import org.axonframework.serialization.Revision;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.PairId;

/**
 * A proposed pair or group was withdrawn before it was fixed.
 */
@Revision("1")
public record PairProposalWithdrawn(
        ProgramId programId,
        PairId pairId,
        PersonalText reason) {
}
