package ru.mentoring.command.roadmap;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import ru.mentoring.api.audit.AsOfBasis;
import ru.mentoring.api.audit.AsOfFrame;
import ru.mentoring.api.audit.RoadMapAsOf;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.ItemEvidence;
import ru.mentoring.api.roadmap.ItemSchedule;
import ru.mentoring.api.roadmap.RoadMapAmendmentOpened;
import ru.mentoring.api.roadmap.RoadMapApproved;
import ru.mentoring.api.roadmap.RoadMapItemBecameOverdue;
import ru.mentoring.api.roadmap.RoadMapItemCancelled;
import ru.mentoring.api.roadmap.RoadMapItemCompleted;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapItemOccurrenceCompleted;
import ru.mentoring.api.roadmap.RoadMapItemPlanned;
import ru.mentoring.api.roadmap.RoadMapItemRevised;
import ru.mentoring.api.roadmap.RoadMapItemStarted;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.command.common.AggregateReplay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.command.roadmap.RoadMapSamples.*;

/**
 * The road map's read-only view ({@link RoadMap#asOf}) of the aggregate folded from some of its events, as the audit's
 * as-of views get it: the aggregate's own handlers and items, no copy of them.
 */
class RoadMapAsOfTest {

    private static final Instant T = Instant.parse("2022-01-15T10:00:00Z");
    private static final ItemEvidence ORDER = ItemEvidence.document("Приказ № 245-о от 20.12.2021");
    private static final RoadMapItemId TRAINING = new RoadMapItemId(UUID.randomUUID());

    private final AggregateReplay replay = new AggregateReplay(null,
            new StaticListableBeanFactory().getBeanProvider(Configuration.class));

    private RoadMapAsOf view(Object... events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>("RoadMap", ROAD_MAP.toString(), messages.size(), event));
        }
        AsOfFrame frame = new AsOfFrame(T, AsOfBasis.RECORDED, null, messages.size(), T, List.of());
        return replay.replay(RoadMap.class, messages).orElseThrow().invoke(roadMap -> roadMap.asOf(frame));
    }

    private static RoadMapItemPlanned trainingPlanned() {
        return new RoadMapItemPlanned(ROAD_MAP, TRAINING, 1, new ItemContent("7", "Обучение наставников", null, null,
                ItemSchedule.between(null, DECEMBER_31, "Декабрь 2021"), List.of()), List.of(DECEMBER_31));
    }

    @Test
    void showsEachItemThroughItsLifecycleAndCountsTheDoneAndTheOverdue() {
        RoadMapAsOf view = view(created(RoadMapLevel.ORGANIZATION), section(), pairsPlanned(), publicationsPlanned(),
                trainingPlanned(),
                new RoadMapApproved(ROAD_MAP, 1, "377", LocalDate.of(2021, 8, 29)),
                new RoadMapItemStarted(ROAD_MAP, PAIRS, LocalDate.of(2021, 12, 1)),
                new RoadMapItemCompleted(ROAD_MAP, PAIRS, LocalDate.of(2021, 12, 20), ORDER),
                new RoadMapItemBecameOverdue(ROAD_MAP, PUBLICATIONS, LocalDate.of(2021, 9, 30)),
                new RoadMapItemBecameOverdue(ROAD_MAP, TRAINING, DECEMBER_31),
                new RoadMapItemCancelled(ROAD_MAP, TRAINING, PersonalText.plain("Не актуально"), LocalDate.of(2022, 1, 10)));

        assertThat(view.title()).isEqualTo(TITLE);
        assertThat(view.level()).isEqualTo("ORGANIZATION");
        assertThat(view.period()).isEqualTo("2021-2022");
        assertThat(view.revision()).isOne();
        assertThat(view.approvedRevision()).isOne();
        assertThat(view.items()).extracting(RoadMapAsOf.Item::number).containsExactly("5", "6", "7");
        assertThat(view.items()).extracting(RoadMapAsOf.Item::activity)
                .startsWith("Формирование наставнических пар / групп");
        assertThat(view.items()).extracting(RoadMapAsOf.Item::status).containsExactly("DONE", "PLANNED", "CANCELLED");
        assertThat(view.items()).extracting(RoadMapAsOf.Item::overdue).containsExactly(false, true, false);
        assertThat(view.done()).isOne();
        assertThat(view.overdue()).isOne();
        assertThat(view.eventsApplied()).isEqualTo(11);
        assertThat(view.at()).isEqualTo(T);
    }

    @Test
    void anAmendmentOpensTheNextRevisionWhileTheApprovedOneStays() {
        RoadMapAsOf view = view(created(RoadMapLevel.ORGANIZATION), section(), pairsPlanned(),
                new RoadMapApproved(ROAD_MAP, 1, "377", LocalDate.of(2021, 8, 29)),
                new RoadMapAmendmentOpened(ROAD_MAP, 2, PersonalText.plain("Новые сроки")));

        assertThat(view.revision()).isEqualTo(2);
        assertThat(view.approvedRevision()).isOne();
    }

    @Test
    void aRecurringItemStaysOverdueWhileAnotherOfItsMissedOccurrencesIsStillOpen() {
        LocalDate september = LocalDate.of(2021, 9, 30);
        LocalDate october = LocalDate.of(2021, 10, 31);
        Object[] missedTwice = {created(RoadMapLevel.ORGANIZATION), section(), publicationsPlanned(),
                new RoadMapItemBecameOverdue(ROAD_MAP, PUBLICATIONS, september),
                new RoadMapItemBecameOverdue(ROAD_MAP, PUBLICATIONS, october)};
        List<Object> oneCaughtUp = new ArrayList<>(List.of(missedTwice));
        oneCaughtUp.add(new RoadMapItemOccurrenceCompleted(ROAD_MAP, PUBLICATIONS, september,
                LocalDate.of(2021, 11, 2), ORDER));
        List<Object> bothCaughtUp = new ArrayList<>(oneCaughtUp);
        bothCaughtUp.add(new RoadMapItemOccurrenceCompleted(ROAD_MAP, PUBLICATIONS, october,
                LocalDate.of(2021, 11, 3), ORDER));

        assertThat(view(oneCaughtUp.toArray()).overdue()).isOne();
        assertThat(view(bothCaughtUp.toArray()).overdue()).isZero();
        assertThat(view(bothCaughtUp.toArray()).items().get(0).status()).isEqualTo("PLANNED");
    }

    @Test
    void aRevisedItemShowsItsNewWordingAndIsNoLongerOverdue() {
        ItemContent later = new ItemContent("5", "Формирование наставнических пар", null, null,
                ItemSchedule.between(null, LocalDate.of(2022, 3, 31), "Март 2022"), List.of());
        RoadMapAsOf view = view(created(RoadMapLevel.ORGANIZATION), section(), pairsPlanned(),
                new RoadMapItemBecameOverdue(ROAD_MAP, PAIRS, DECEMBER_31),
                new RoadMapAmendmentOpened(ROAD_MAP, 2, PersonalText.plain("Новые сроки")),
                new RoadMapItemRevised(ROAD_MAP, PAIRS, later, List.of(LocalDate.of(2022, 3, 31))));

        assertThat(view.items()).containsExactly(
                new RoadMapAsOf.Item("5", "Формирование наставнических пар", "PLANNED", false));
        assertThat(view.overdue()).isZero();
    }

    /**
     * By business date a start and a completion count by the days they bear, while the planning and the revision of
     * their item, recorded after the moment, do not: an item the road map does not yet have changes nothing, and the
     * item's wording is the one it had before the revision.
     */
    @Test
    void stepsCountedByTheirDateWithoutTheItemsPlanningOrRevisionChangeNothingTheRoadMapDoesNotHave() {
        // stored: created, section, item 5 planned, item 5 revised, item 6 planned, both started and completed;
        // counted as of 1 December by business date: neither item 6's planning nor item 5's revision
        RoadMapAsOf view = view(created(RoadMapLevel.ORGANIZATION), section(), pairsPlanned(),
                new RoadMapItemStarted(ROAD_MAP, PAIRS, LocalDate.of(2021, 11, 1)),
                new RoadMapItemStarted(ROAD_MAP, PUBLICATIONS, LocalDate.of(2021, 9, 1)),
                new RoadMapItemOccurrenceCompleted(ROAD_MAP, PUBLICATIONS, LocalDate.of(2021, 9, 30),
                        LocalDate.of(2021, 9, 28), ORDER),
                new RoadMapItemCompleted(ROAD_MAP, PUBLICATIONS, LocalDate.of(2021, 11, 30), ORDER),
                new RoadMapItemCancelled(ROAD_MAP, TRAINING, PersonalText.plain("Не актуально"), LocalDate.of(2021, 10, 1)));

        assertThat(view.items()).containsExactly(
                new RoadMapAsOf.Item("5", "Формирование наставнических пар / групп", "IN_PROGRESS", false));
        assertThat(view.done()).isZero();
        assertThat(view.eventsApplied()).isEqualTo(8);
    }

    @Test
    void anApprovalCountedByItsOrderDateBeforeItsItemsWerePlannedShowsAnApprovedEmptyPlan() {
        RoadMapAsOf view = view(created(RoadMapLevel.ORGANIZATION),
                new RoadMapApproved(ROAD_MAP, 1, "377", LocalDate.of(2021, 8, 29)));

        assertThat(view.approvedRevision()).isOne();
        assertThat(view.items()).isEmpty();
        assertThat(view.done()).isZero();
    }

    @Test
    void eventsOfAnotherAggregateTypeGiveNoRoadMap() {
        DomainEventMessage<?> other = new GenericDomainEventMessage<>("Program", ROAD_MAP.toString(), 0,
                created(RoadMapLevel.ORGANIZATION));

        assertThat(replay.replay(RoadMap.class, List.of(other))).isEmpty();
    }
}
