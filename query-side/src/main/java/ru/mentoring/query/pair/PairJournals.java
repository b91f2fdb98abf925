package ru.mentoring.query.pair;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ru.mentoring.api.pair.FindPairJournal;
import ru.mentoring.api.pair.PairJournal;

import java.util.Optional;

/**
 * Answers pair journal queries from the pair's events in the event store, so a page shows the step it has just
 * sent without waiting for a projection; a pair's stream is short (tens of events a year).
 */
@Component
class PairJournals {

    private final EventStore events;

    PairJournals(EventStore events) {
        this.events = events;
    }

    @QueryHandler
    Optional<PairJournal> handle(FindPairJournal query) {
        PairJournalFold fold = new PairJournalFold();
        events.readEvents(query.pairId().toString(), 0).asStream()
                .map(DomainEventMessage::getPayload)
                .forEach(fold::apply);
        return fold.journal();
    }
}
