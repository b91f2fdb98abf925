package ru.mentoring.api.audit;

import ru.mentoring.api.pair.PairId;

import java.time.Instant;

/**
 * Asks for a pair or group as it was at a past moment, rebuilt from the events stored up to that moment.
 */
public record FindPairAsOf(PairId pairId, Instant at) {
}
