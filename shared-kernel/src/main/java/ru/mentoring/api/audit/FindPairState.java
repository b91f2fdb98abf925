package ru.mentoring.api.audit;

import ru.mentoring.api.pair.PairId;

import java.util.List;

/**
 * Asks the command side for the pair as its own aggregate makes of the stored events with these sequence
 * numbers (the events an as-of view counts), answered as a {@link PairAsOf} in the given frame; empty when there is
 * no such pair. The audit's {@link FindPairAsOf} handler sends it: no one else needs to.
 */
public record FindPairState(PairId pairId, List<Long> sequenceNumbers, AsOfFrame frame) {

    public FindPairState {
        sequenceNumbers = List.copyOf(sequenceNumbers);
    }
}
