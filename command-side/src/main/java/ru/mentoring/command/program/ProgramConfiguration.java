package ru.mentoring.command.program;

import org.axonframework.config.EventProcessingConfigurer;
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

    /** The program-title lookup must be written in the command's own transaction, hence subscribing. */
    @Autowired
    void subscribeTitleLookup(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(JdbcProgramTitles.PROCESSING_GROUP);
    }
}
