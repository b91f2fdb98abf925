package ru.mentoring.query.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The audit keeps the events it read, but asks the store for the newer ones every time: an event another node
 * appended since shows in the next answer; an aggregate never read whole again; the events kept stay bounded.
 */
class StoredHistoriesTest {

    private final EventStore store = mock(EventStore.class);

    @Test
    void readsTheWholeStreamOnceAndThenOnlyWhatCameAfter() {
        when(store.readEvents("pair-1", 0L)).thenReturn(stream("pair-1", 0, 3));
        when(store.readEvents("pair-1", 3L)).thenReturn(stream("pair-1", 3, 3), stream("pair-1", 3, 4));
        when(store.readEvents("pair-1", 4L)).thenReturn(DomainEventStream.empty());
        StoredHistories histories = new StoredHistories(store, 100);

        assertThat(sequences(histories.read("pair-1"))).containsExactly(0L, 1L, 2L);
        assertThat(sequences(histories.read("pair-1"))).as("nothing new yet").containsExactly(0L, 1L, 2L);
        assertThat(sequences(histories.read("pair-1"))).as("appended meanwhile, by any node")
                .containsExactly(0L, 1L, 2L, 3L);
        assertThat(sequences(histories.read("pair-1"))).containsExactly(0L, 1L, 2L, 3L);

        verify(store, times(1)).readEvents("pair-1", 0L);
        verify(store, times(2)).readEvents("pair-1", 3L);
        verify(store, times(1)).readEvents("pair-1", 4L);
    }

    @Test
    void anAggregateWithoutEventsIsEmptyAndKeepsNothing() {
        when(store.readEvents(anyString(), anyLong())).thenReturn(DomainEventStream.empty());
        StoredHistories histories = new StoredHistories(store, 100);

        assertThat(histories.read("nobody")).isEmpty();
        assertThat(histories.eventsHeld()).isZero();
    }

    @Test
    void forgetsTheAggregatesAskedAboutLeastRecentlyToStayWithinItsBound() {
        for (String id : List.of("a", "b", "c")) {
            when(store.readEvents(id, 0L)).thenReturn(stream(id, 0, 4), stream(id, 0, 4));
            when(store.readEvents(id, 4L)).thenReturn(DomainEventStream.empty());
        }
        StoredHistories histories = new StoredHistories(store, 10);

        histories.read("a");
        histories.read("b");
        histories.read("a"); // a is now the more recent of the two
        histories.read("c");

        assertThat(histories.eventsHeld()).isEqualTo(8);
        histories.read("a");
        histories.read("b");
        verify(store, times(1)).readEvents("a", 0L);
        verify(store, times(2)).readEvents("b", 0L);
    }

    @Test
    void aHistoryLongerThanTheBoundIsAnsweredButNotKept() {
        when(store.readEvents("long", 0L)).thenReturn(stream("long", 0, 12), stream("long", 0, 12));
        StoredHistories histories = new StoredHistories(store, 10);

        assertThat(histories.read("long")).hasSize(12);
        assertThat(histories.eventsHeld()).isZero();
        assertThat(histories.read("long")).hasSize(12);
        verify(store, times(2)).readEvents("long", 0L);
    }

    private static DomainEventStream stream(String id, long from, long to) {
        return DomainEventStream.of(LongStream.range(from, to)
                .mapToObj(sequence -> (DomainEventMessage<?>) new GenericDomainEventMessage<>("Pair", id, sequence,
                        "event " + sequence))
                .toList());
    }

    private static List<Long> sequences(List<? extends DomainEventMessage<?>> events) {
        return events.stream().map(DomainEventMessage::getSequenceNumber).toList();
    }
}
