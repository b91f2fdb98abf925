package ru.mentoring.command.roadmap;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.mentoring.api.program.ProgramMilestoneReached;
import ru.mentoring.api.roadmap.RoadMapItemBoundToMilestone;

import javax.annotation.Nonnull;

/**
 * Infrastructure of road maps: their snapshots, and the milestone policy decides a program's bindings and milestones in one
 * sequence, so that a binding and the milestone it waits for, which belong to different aggregates (a road map,
 * a program), are never handled side by side — while the events of other programs flow in their own sequences,
 * and an event parked as a dead letter holds back only its own program's.
 */
@Configuration(proxyBeanMethods = false)
class RoadMapConfiguration {

    /**
     * A road map gathers an event for every item planned, started, done or overdue over its years: loading starts
     * from a snapshot taken every {@code mentoring.snapshots.road-map-every} events.
     */
    @Bean
    SnapshotTriggerDefinition roadMapSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${mentoring.snapshots.road-map-every:100}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }

    @Autowired
    void sequenceMilestonePolicyByProgram(EventProcessingConfigurer processing) {
        processing.registerSequencingPolicy(MilestoneCompletionPolicy.PROCESSING_GROUP,
                configuration -> new ByProgram());
    }

    /**
     * A binding and a milestone by the program they concern (the identifier a program's own events have as
     * their aggregate's); any other event by its aggregate.
     */
    static final class ByProgram implements SequencingPolicy<EventMessage<?>> {

        private final SequentialPerAggregatePolicy otherwise = SequentialPerAggregatePolicy.instance();

        @Override
        public Object getSequenceIdentifierFor(@Nonnull EventMessage<?> event) {
            Object payload = event.getPayload();
            if (payload instanceof RoadMapItemBoundToMilestone bound) {
                return bound.programId().value().toString();
            }
            if (payload instanceof ProgramMilestoneReached reached) {
                return reached.programId().value().toString();
            }
            return otherwise.getSequenceIdentifierFor(event);
        }
    }
}
