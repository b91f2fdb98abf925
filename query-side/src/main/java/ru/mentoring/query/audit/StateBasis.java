package ru.mentoring.query.audit;

import ru.mentoring.api.audit.AsOfBasis;
import ru.mentoring.api.audit.RecordedLater;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a folded state says about how it was taken, besides what it holds: the moment, the basis, the business day
 * and the events counted by their business date although recorded after the moment.
 */
record StateBasis(Instant at, AsOfBasis basis, LocalDate businessDate, List<RecordedLater> recordedLater) {

    StateBasis {
        recordedLater = List.copyOf(recordedLater);
    }

    /** As the system knew it at {@code at}: nothing can have been recorded later. */
    static StateBasis recorded(Instant at) {
        return new StateBasis(at, AsOfBasis.RECORDED, null, List.of());
    }
}
