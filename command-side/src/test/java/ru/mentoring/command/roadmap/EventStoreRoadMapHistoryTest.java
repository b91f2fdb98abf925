package ru.mentoring.command.roadmap;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.ItemEvidence;
import ru.mentoring.api.roadmap.ItemSchedule;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemCancelled;
import ru.mentoring.api.roadmap.RoadMapItemCompleted;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapItemPlanned;
import ru.mentoring.api.roadmap.RoadMapItemRevised;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.api.roadmap.RoadMapSectionAdded;
import ru.mentoring.command.common.AggregateReplay;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.command.roadmap.RoadMapSamples.*;

/**
 * An earlier road map as the next period's plan starts from it: the RoadMap aggregate replayed from the event store,
 * not a second reading of its events.
 */
class EventStoreRoadMapHistoryTest {

    private static final String SECOND_SECTION = "Организация наставнической деятельности";
    private static final RoadMapItemId TRAINING = new RoadMapItemId(UUID.randomUUID());

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final EventStoreRoadMapHistory history = new EventStoreRoadMapHistory(store, new AggregateReplay(store,
            new StaticListableBeanFactory().getBeanProvider(Configuration.class)));

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    private void stored(String type, RoadMapId roadMap, Object... events) {
        for (int i = 0; i < events.length; i++) {
            store.publish(new GenericDomainEventMessage<>(type, roadMap.toString(), i, events[i]));
        }
    }

    @Test
    void carriesTheSectionsAndTheItemsNotCancelledInTheirLastWording() {
        ItemContent revised = new ItemContent("6", "Публикации о наставничестве на сайте гимназии", null, null,
                ItemSchedule.between(null, DECEMBER_31, "Декабрь 2021"), List.of("Кузина М.С."));
        ItemContent training = new ItemContent("1", "Обучение наставников", null, null,
                ItemSchedule.between(null, DECEMBER_31, "Декабрь 2021"), List.of());
        stored("RoadMap", ROAD_MAP, created(RoadMapLevel.ORGANIZATION), section(), pairsPlanned(),
                publicationsPlanned(), new RoadMapSectionAdded(ROAD_MAP, 2, SECOND_SECTION),
                new RoadMapItemPlanned(ROAD_MAP, TRAINING, 2, training, List.of(DECEMBER_31)),
                new RoadMapItemRevised(ROAD_MAP, PUBLICATIONS, revised, List.of(DECEMBER_31)),
                new RoadMapItemCompleted(ROAD_MAP, PAIRS, LocalDate.of(2021, 12, 20),
                        ItemEvidence.document("Приказ № 245-о")),
                new RoadMapItemCancelled(ROAD_MAP, TRAINING, PersonalText.plain("Обучение провёл региональный центр"),
                        LocalDate.of(2021, 11, 1)));

        RoadMapHistory.Carried carried = history.find(ROAD_MAP).orElseThrow();

        assertThat(carried.ownerId()).isEqualTo(GYMNASIUM_2);
        RoadMapTemplate plan = carried.plan();
        assertThat(plan.code()).isEqualTo(RoadMapHistory.CARRIED_OVER_FROM + ROAD_MAP);
        assertThat(plan.level()).isEqualTo(RoadMapLevel.ORGANIZATION);
        assertThat(plan.period()).isEqualTo(YEAR_2021);
        assertThat(plan.title()).isEqualTo(TITLE);
        assertThat(plan.sections()).containsExactly(
                new RoadMapTemplate.Section(SECTION, List.of(pairsFormed(), revised)),
                new RoadMapTemplate.Section(SECOND_SECTION, List.of()));
    }

    @Test
    void findsNothingForAnUnknownIdOrAnotherKindOfAggregate() {
        RoadMapId program = RoadMapId.random();
        stored("Program", program, created(RoadMapLevel.ORGANIZATION));

        assertThat(history.find(RoadMapId.random())).isEmpty();
        assertThat(history.find(program)).isEmpty();
    }
}
