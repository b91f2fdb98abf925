package ru.mentoring.command.roadmap;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;
import ru.mentoring.api.program.ProgramMilestoneReached;
import ru.mentoring.api.roadmap.CompleteRoadMapItemOnMilestone;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemBoundToMilestone;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.command.common.DomainRuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The policy with its memory in a map and the command gateway as a recording stand-in; the program event is a
 * test-only record, as the program lifecycle's own events are built elsewhere.
 */
class MilestoneCompletionPolicyTest {

    /** A program event of the kind the program lifecycle will publish. */
    record PairsFixedForTest(ProgramId programId, ProgramMilestone milestone) implements ProgramMilestoneReached {
    }

    private static final ProgramId PROGRAM = ProgramId.random();
    private static final RoadMapId ROAD_MAP = RoadMapId.random();
    private static final RoadMapItemId PAIRS_ITEM = RoadMapItemId.random();
    private static final RoadMapItemId OTHER_PLAN_ITEM = RoadMapItemId.random();
    private static final MetaData SYSTEM = MetaData.from(Actor.system().asMetaData());

    private final InMemoryBindings bindings = new InMemoryBindings();
    private final CommandGateway commands = mock(CommandGateway.class);
    private final MilestoneCompletionPolicy policy = new MilestoneCompletionPolicy(bindings, commands);

    private static EventMessage<?> pairsFixed() {
        return GenericEventMessage.asEventMessage(new PairsFixedForTest(PROGRAM, ProgramMilestone.PAIRS_FIXED));
    }

    private void reach(EventMessage<?> message) {
        policy.on((ProgramMilestoneReached) message.getPayload(), message);
    }

    private static CompleteRoadMapItemOnMilestone completion(RoadMapItemId item, EventMessage<?> message) {
        return new CompleteRoadMapItemOnMilestone(ROAD_MAP, item, PROGRAM, ProgramMilestone.PAIRS_FIXED,
                message.getIdentifier(), LocalDate.ofInstant(message.getTimestamp(), ItemDeadlines.ZONE));
    }

    @Test
    void theMilestoneCompletesEveryItemBoundToItWithTheEventAsEvidence() {
        policy.on(new RoadMapItemBoundToMilestone(ROAD_MAP, PAIRS_ITEM, PROGRAM, ProgramMilestone.PAIRS_FIXED));
        policy.on(new RoadMapItemBoundToMilestone(ROAD_MAP, OTHER_PLAN_ITEM, PROGRAM, ProgramMilestone.PAIRS_FIXED));
        verifyNoInteractions(commands);

        EventMessage<?> message = pairsFixed();
        reach(message);

        verify(commands).sendAndWait(completion(PAIRS_ITEM, message), SYSTEM);
        verify(commands).sendAndWait(completion(OTHER_PLAN_ITEM, message), SYSTEM);
    }

    @Test
    void anItemBoundAfterItsMilestoneIsCompletedAtOnce() {
        EventMessage<?> message = pairsFixed();
        reach(message);
        verifyNoInteractions(commands);

        policy.on(new RoadMapItemBoundToMilestone(ROAD_MAP, PAIRS_ITEM, PROGRAM, ProgramMilestone.PAIRS_FIXED));

        verify(commands).sendAndWait(completion(PAIRS_ITEM, message), SYSTEM);
    }

    @Test
    void anotherMilestoneCompletesNothing() {
        policy.on(new RoadMapItemBoundToMilestone(ROAD_MAP, PAIRS_ITEM, PROGRAM, ProgramMilestone.FINAL_EVENT_HELD));

        reach(pairsFixed());

        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void aRefusedCompletionDoesNotStopThePolicy() {
        doThrow(new DomainRuleViolation("road-map.milestone-not-bound", "не привязано"))
                .when(commands).sendAndWait(any(CompleteRoadMapItemOnMilestone.class), eq(SYSTEM));
        policy.on(new RoadMapItemBoundToMilestone(ROAD_MAP, PAIRS_ITEM, PROGRAM, ProgramMilestone.PAIRS_FIXED));

        assertThatNoException().isThrownBy(() -> reach(pairsFixed()));
    }

    /** The two tables as maps. */
    private static final class InMemoryBindings implements MilestoneBindings {

        private final Map<RoadMapItemId, String> boundTo = new HashMap<>();
        private final Map<RoadMapItemId, BoundItem> items = new HashMap<>();
        private final Map<String, Reached> reached = new HashMap<>();

        private static String key(ProgramId program, ProgramMilestone milestone) {
            return program + "|" + milestone;
        }

        @Override
        public void bind(BoundItem item, ProgramId program, ProgramMilestone milestone) {
            boundTo.put(item.itemId(), key(program, milestone));
            items.put(item.itemId(), item);
        }

        @Override
        public void reached(ProgramId program, ProgramMilestone milestone, Reached when) {
            reached.putIfAbsent(key(program, milestone), when);
        }

        @Override
        public List<BoundItem> boundTo(ProgramId program, ProgramMilestone milestone) {
            List<BoundItem> found = new ArrayList<>();
            boundTo.forEach((item, key) -> {
                if (key.equals(key(program, milestone))) {
                    found.add(items.get(item));
                }
            });
            return found;
        }

        @Override
        public Optional<Reached> whenReached(ProgramId program, ProgramMilestone milestone) {
            return Optional.ofNullable(reached.get(key(program, milestone)));
        }
    }
}
