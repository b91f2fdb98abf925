package ru.mentoring.command.pair;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ru.mentoring.api.pair.FindPairJournal;
import ru.mentoring.api.pair.PairJournal;
import ru.mentoring.command.common.AggregateReplay;

import java.util.List;
import java.util.Optional;

/**
 * Answers pair journal queries from the pair's events in the event store, so a page shows the step it has just
 * sent without waiting for a projection; a pair's stream is short (tens of events a year). The journal's state is
 * the {@link Pair} aggregate's, replayed read-only from all its events ({@link Pair#view()}); its lists are the
 * events' own entries.
 */
@Component
class PairJournals {

    private final EventStore events;
    private final AggregateReplay replay;

    PairJournals(EventStore events, AggregateReplay replay) {
        this.events = events;
        this.replay = replay;
    }

    /** Empty when there is no such pair (no events, or another aggregate's). */
    @QueryHandler
    Optional<PairJournal> handle(FindPairJournal query) {
        List<? extends DomainEventMessage<?>> stored = events.readEvents(query.pairId().toString(), 0).asStream()
                .toList();
        List<Object> payloads = stored.stream().<Object>map(DomainEventMessage::getPayload).toList();
        return replay.replay(Pair.class, stored).map(pair -> pair.invoke(Pair::view).journal(payloads));
    }
}
