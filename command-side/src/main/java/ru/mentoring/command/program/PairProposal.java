package ru.mentoring.command.program;

import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.FixedPair;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.MentoringKind;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A pair or group of the program: proposed, and then fixed by order.
 */
record PairProposal(UUID pairId, MentoringForm form, InteractionFormat format, MentoringKind kind,
                    Set<UUID> mentors, Set<UUID> mentees, boolean fixed) {

    FixedPair toFixedPair() {
        return new FixedPair(new PairId(pairId), form, format, kind, people(mentors), people(mentees));
    }

    private static Set<PersonId> people(Set<UUID> ids) {
        return ids.stream().map(PersonId::new).collect(Collectors.toSet());
    }
}
