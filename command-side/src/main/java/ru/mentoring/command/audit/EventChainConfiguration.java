package ru.mentoring.command.audit;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.TimeUnit;

/**
 * The aggregates' hash chains are written in the command's own transaction, hence subscribing; and a link that
 * cannot be written fails the command instead of being logged and skipped (Axon's default for event handlers).
 * The global chain is sealed by one tracking processor with one segment and one thread, so that seals follow one
 * another (one node of a cluster holds it); a seal that fails is retried, the batch with it, never skipped.
 */
@Configuration(proxyBeanMethods = false)
class EventChainConfiguration {

    @Autowired
    void subscribeInTheCommandsTransaction(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(EventChainWriter.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(EventChainWriter.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }

    @Autowired
    void sealOneAfterAnother(EventProcessingConfigurer processing) {
        processing.registerTrackingEventProcessor(EventSealer.PROCESSING_GROUP,
                        configuration -> configuration.eventStore(),
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(200)
                                .andInitialSegmentsCount(1)
                                // as the projections (axon.eventhandling.processors.*.token-claim-interval): a
                                // node takes the segment of a node gone within the claim timeout and 2 s
                                .andTokenClaimInterval(2, TimeUnit.SECONDS))
                .registerListenerInvocationErrorHandler(EventSealer.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * Axon's JDBC event storage as its auto-configuration would build it, sealing snapshots
     * ({@link SealedSnapshotsStorageEngine}); the auto-configuration steps back for this bean.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver exceptions,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connections, TransactionManager transactions,
                                          SnapshotSeals seals) {
        return new SealedSnapshotsStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(new EventSchema()), seals); // Axon's default table and column names
    }
}
