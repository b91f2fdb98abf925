package ru.mentoring.command.pair;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Infrastructure of the Pair aggregate: its snapshots.
 */
@Configuration(proxyBeanMethods = false)
class PairConfiguration {

    /**
     * A pair meets every week or two for a year and more, with feedback and plan work between: loading starts from
     * a snapshot taken every {@code mentoring.snapshots.pair-every} events, so a meeting costs the same at the
     * tenth event and at the thousandth.
     */
    @Bean
    SnapshotTriggerDefinition pairSnapshotTrigger(Snapshotter snapshotter,
                                                  @Value("${mentoring.snapshots.pair-every:100}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }
}
