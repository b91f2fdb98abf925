package ru.mentoring.command.program;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Infrastructure of the Program aggregate: its snapshots and the program-title lookup.
 */
@Configuration(proxyBeanMethods = false)
class ProgramConfiguration {

    /**
     * A program gathers many events over a year (every enrollment, consent, meeting); loading starts from a
     * snapshot taken every {@code mentoring.snapshots.program-every} events.
     */
    @Bean
    SnapshotTriggerDefinition programSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${mentoring.snapshots.program-every:100}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }

    /**
     * The program-title lookup must be written in the command's own transaction, hence subscribing; its
     * refusal of a title taken a moment ago must fail the command, hence propagating (Axon's default handler
     * would log it and let the command commit, or fail later on a transaction PostgreSQL has already aborted).
     */
    @Autowired
    void subscribeTitleLookup(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(JdbcProgramTitles.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(JdbcProgramTitles.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
