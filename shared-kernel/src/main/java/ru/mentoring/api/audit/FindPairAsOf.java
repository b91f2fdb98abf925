package ru.mentoring.api.audit;

import ru.mentoring.api.pair.PairId;

import java.time.Instant;

/**
 * Asks for a pair or group as it was at a past moment, rebuilt from the events that count by then on the given basis:
 * recorded by that moment, or (by business date) bearing a date not after that moment's day in Moscow.
 */
public record FindPairAsOf(PairId pairId, Instant at, AsOfBasis basis) {

    /** As the system knew it at that moment. */
    public FindPairAsOf(PairId pairId, Instant at) {
        this(pairId, at, AsOfBasis.RECORDED);
    }
}
