package ru.mentoring.command.common;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Builds an aggregate read-only from some of its stored events — those an as-of view counts — with the aggregate's
 * own event sourcing handlers and members, as Axon's repository would, but with no repository: nothing is locked,
 * applied, published or saved, and no snapshot is read (every event is read from the first on, so a snapshot can
 * never stand in for the events that count). The aggregate is then the only fold of its events: its read-only view
 * method says what they mean, and no copy of its rules exists elsewhere.
 */
@Component
public class AggregateReplay {

    private final EventStore events;
    private final ObjectProvider<Configuration> axon;
    private final Map<Class<?>, AggregateModel<?>> models = new ConcurrentHashMap<>();

    public AggregateReplay(EventStore events, ObjectProvider<Configuration> axon) {
        this.events = events;
        this.axon = axon;
    }

    /**
     * The view of the aggregate folded from its stored events with these sequence numbers, in the order stored;
     * empty when none of them is stored, or the first of them is not an event of an aggregate of this type.
     */
    public <T, V> Optional<V> view(Class<T> type, String aggregateId, Collection<Long> sequenceNumbers,
                                   Function<T, V> view) {
        Set<Long> counted = Set.copyOf(sequenceNumbers);
        List<? extends DomainEventMessage<?>> selected = events.readEvents(aggregateId, 0).asStream()
                .filter(event -> counted.contains(event.getSequenceNumber()))
                .toList();
        return replay(type, selected).map(aggregate -> aggregate.invoke(view));
    }

    /** The aggregate folded from exactly these events (the first creates it); empty for no events or another type. */
    public <T> Optional<EventSourcedAggregate<T>> replay(Class<T> type, List<? extends DomainEventMessage<?>> selected) {
        if (selected.isEmpty() || !type.getSimpleName().equals(selected.get(0).getType())) {
            return Optional.empty();
        }
        AggregateModel<T> model = model(type);
        DomainEventMessage<?> first = selected.get(0);
        T root = new GenericAggregateFactory<>(model).createAggregateRoot(first.getAggregateIdentifier(), first);
        EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(root, model, null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(List.copyOf(selected)));
        return Optional.of(aggregate);
    }

    @SuppressWarnings("unchecked")
    private <T> AggregateModel<T> model(Class<T> type) {
        return (AggregateModel<T>) models.computeIfAbsent(type, inspected -> {
            Configuration configuration = axon.getIfAvailable();
            return configuration == null ? AnnotatedAggregateMetaModelFactory.inspectAggregate(inspected)
                    : AnnotatedAggregateMetaModelFactory.inspectAggregate(inspected, configuration.parameterResolverFactory(),
                    configuration.handlerDefinition(inspected));
        });
    }
}
