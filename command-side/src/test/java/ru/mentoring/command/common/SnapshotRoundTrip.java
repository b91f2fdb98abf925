package ru.mentoring.command.common;

import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * An aggregate through its snapshot as the application takes one: sourced from its events, serialized by Axon's
 * Jackson serializer on an object mapper made as Spring Boot makes the application's (its builder, dates as
 * text), and read back.
 */
public final class SnapshotRoundTrip {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(Jackson2ObjectMapperBuilder.json()
                    .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build())
            .build();

    private SnapshotRoundTrip() {
    }

    /** The aggregate its events make, as its repository would load it without a snapshot. */
    public static <T> T sourced(Class<T> type, Supplier<T> blank, String identifier, List<?> events) {
        AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type);
        EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(blank.get(), model, null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(IntStream.range(0, events.size())
                .mapToObj(i -> new GenericDomainEventMessage<>(type.getSimpleName(), identifier, i, events.get(i)))
                .toList()));
        return aggregate.getAggregateRoot();
    }

    /** The aggregate after its snapshot was written and read. */
    public static <T> T restored(T aggregate) {
        SerializedObject<byte[]> snapshot = SERIALIZER.serialize(aggregate, byte[].class);
        return SERIALIZER.deserialize(snapshot);
    }

    /** The snapshot's text: equal texts, equal state (every field is in it). */
    public static String json(Object aggregate) {
        return new String(SERIALIZER.serialize(aggregate, byte[].class).getData(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The restored aggregate as the first event of a stream, as the event store hands a snapshot to a repository. */
    public static <T> GenericDomainEventMessage<T> asSnapshotEvent(T aggregate, String identifier, long sequence) {
        return new GenericDomainEventMessage<>(aggregate.getClass().getSimpleName(), identifier, sequence, aggregate);
    }
}
