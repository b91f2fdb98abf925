package ru.mentoring.command.roadmap;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;
import ru.mentoring.api.program.ProgramMilestoneReached;
import ru.mentoring.api.roadmap.CompleteRoadMapItemOnMilestone;
import ru.mentoring.api.roadmap.RoadMapItemBoundToMilestone;
import ru.mentoring.command.common.DomainRuleViolation;

import java.time.LocalDate;

/**
 * Completes the road-map items bound to a program milestone when the program reaches it, with the id of the
 * program's event as the evidence; an item bound after its milestone was reached is completed at once. Its
 * processing group handles all events in one sequence, so a binding and a milestone are never decided apart.
 * Commands go out as the system's own, tied to the program event by their correlation and causation ids; the
 * road map ignores a milestone for an item already done or cancelled.
 */
@Component
@ProcessingGroup(MilestoneCompletionPolicy.PROCESSING_GROUP)
@DisallowReplay // a replay must not complete items a second time
class MilestoneCompletionPolicy {

    static final String PROCESSING_GROUP = "road-map-milestones";
    private static final Logger log = LoggerFactory.getLogger(MilestoneCompletionPolicy.class);

    private final MilestoneBindings bindings;
    private final CommandGateway commands;

    MilestoneCompletionPolicy(MilestoneBindings bindings, CommandGateway commands) {
        this.bindings = bindings;
        this.commands = commands;
    }

    @EventHandler
    void on(RoadMapItemBoundToMilestone event) {
        MilestoneBindings.BoundItem item = new MilestoneBindings.BoundItem(event.roadMapId(), event.itemId());
        bindings.bind(item, event.programId(), event.milestone());
        bindings.whenReached(event.programId(), event.milestone())
                .ifPresent(reached -> complete(item, event.programId(), event.milestone(), reached));
    }

    @EventHandler
    void on(ProgramMilestoneReached event, EventMessage<?> message) {
        MilestoneBindings.Reached reached = new MilestoneBindings.Reached(message.getIdentifier(),
                LocalDate.ofInstant(message.getTimestamp(), ItemDeadlines.ZONE));
        bindings.reached(event.programId(), event.milestone(), reached);
        for (MilestoneBindings.BoundItem item : bindings.boundTo(event.programId(), event.milestone())) {
            complete(item, event.programId(), event.milestone(), reached);
        }
    }

    private void complete(MilestoneBindings.BoundItem item, ProgramId program,
                          ProgramMilestone milestone, MilestoneBindings.Reached reached) {
        try {
            commands.sendAndWait(new CompleteRoadMapItemOnMilestone(item.roadMapId(), item.itemId(), program,
                    milestone, reached.eventId(), reached.on()), MetaData.from(Actor.system().asMetaData()));
        } catch (DomainRuleViolation | AggregateNotFoundException refused) {
            // the binding was replaced, or the road map is gone: nothing of this plan waits for the milestone
            log.info("Milestone {} of program {} does not complete item {}: {}", milestone, program, item.itemId(),
                    refused.getMessage());
        }
    }
}
