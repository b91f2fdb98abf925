package ru.mentoring.api.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How a state as of a moment was taken, besides what it holds: the moment and its basis, the Moscow day when the
 * basis is {@code BUSINESS}, how many of the aggregate's events were applied and when the last of them was stored,
 * and the events counted by their business date although recorded after the moment. The audit decides these; the
 * aggregate, folded from the counted events, says what they mean.
 */
public record AsOfFrame(Instant at, AsOfBasis basis, LocalDate businessDate, int eventsApplied, Instant lastEventAt,
                        List<RecordedLater> recordedLater) {

    public AsOfFrame {
        recordedLater = List.copyOf(recordedLater);
    }
}
