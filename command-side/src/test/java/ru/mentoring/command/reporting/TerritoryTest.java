package ru.mentoring.command.reporting;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.reporting.Kpi;
import ru.mentoring.api.reporting.KpiTargetsSet;
import ru.mentoring.api.reporting.SetKpiTargets;
import ru.mentoring.api.reporting.SetTerritoryFigures;
import ru.mentoring.api.reporting.TerritoryFiguresSet;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.command.common.ActorRequiredInterceptor;
import ru.mentoring.command.common.MissingActorException;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.predicate;

/**
 * A territory comes into being with the first figure entered for it, whichever kind, and takes corrections of
 * its figures and targets as new events; only what the commands' own constraints refuse is turned away.
 */
class TerritoryTest {

    private static final String REGION = "Ханты-Мансийский автономный округ – Югра";
    private static final TerritoryId KOGALYM = TerritoryId.of(REGION, "город Когалым");
    /**
     * The identifiers the territories' events were stored under while the aggregate kept its id as text
     * ({@code TerritoryId.toString()}); stored events and routed commands rely on them staying exactly so.
     */
    private static final String KOGALYM_AS_STORED = "MUNICIPALITY:" + REGION + "/город Когалым";
    private static final String REGION_AS_STORED = "REGION:" + REGION;
    private static final Map<String, String> ADMINISTRATOR = new Actor("admin@ugra", ActorRole.REGIONAL_ADMINISTRATOR,
            REGION, null, null).asMetaData();
    /** Targets for 2024 in the shape of seed 004's example. */
    private static final Map<Kpi, Integer> TARGETS_2024 = Map.of(Kpi.MENTEES_10_19, 70, Kpi.MENTORS_15_19, 10,
            Kpi.YOUNG_TEACHERS, 70, Kpi.ENTERPRISES, 10);

    private AggregateTestFixture<Territory> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Territory.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        fixture.registerCommandHandlerInterceptor(new ActorRequiredInterceptor());
    }

    private static TerritoryFiguresSet figuresSet(int children10to19) {
        return new TerritoryFiguresSet(KOGALYM, 2021, children10to19, 3100, 45, 12);
    }

    @Test
    void theFirstFiguresEnteredCreateTheTerritory() {
        fixture.givenNoPriorActivity()
                .when(new SetTerritoryFigures(KOGALYM, 2021, 9800, 3100, 45, 12), ADMINISTRATOR)
                .expectSuccessfulHandlerExecution()
                .expectEvents(figuresSet(9800));
    }

    @Test
    void correctsTheFiguresOfAYear() {
        fixture.given(figuresSet(9800))
                .when(new SetTerritoryFigures(KOGALYM, 2021, 9850, 3100, 45, 12), ADMINISTRATOR)
                .expectEvents(figuresSet(9850));
    }

    @Test
    void aRegionHasFiguresOfItsOwn() {
        TerritoryId region = TerritoryId.of(REGION, " ");
        fixture.givenNoPriorActivity()
                .when(new SetTerritoryFigures(region, 2021, 190000, 62000, 900, 310), ADMINISTRATOR)
                .expectEvents(new TerritoryFiguresSet(region, 2021, 190000, 62000, 900, 310));
    }

    @Test
    void aMunicipalityKeepsTheIdentifierItsEventsWereStoredUnder() {
        fixture.given(figuresSet(9800))
                .when(new SetKpiTargets(KOGALYM, 2024, TARGETS_2024), ADMINISTRATOR)
                .expectEventsMatching(exactSequenceOf(storedUnder(KOGALYM_AS_STORED), andNoMore()));
    }

    @Test
    void aRegionKeepsTheIdentifierItsEventsWereStoredUnder() {
        TerritoryId region = TerritoryId.of(REGION, null);
        fixture.givenNoPriorActivity()
                .when(new SetTerritoryFigures(region, 2021, 190000, 62000, 900, 310), ADMINISTRATOR)
                .expectEventsMatching(exactSequenceOf(storedUnder(REGION_AS_STORED), andNoMore()));
    }

    private static org.hamcrest.Matcher<EventMessage<?>> storedUnder(String aggregateIdentifier) {
        return predicate(event -> event instanceof DomainEventMessage<?> stored
                && stored.getAggregateIdentifier().equals(aggregateIdentifier)
                && stored.getType().equals("Territory"));
    }

    @Test
    void refusesNegativeFigures() {
        fixture.givenNoPriorActivity()
                .when(new SetTerritoryFigures(KOGALYM, 2021, 9800, 3100, -1, 12), ADMINISTRATOR)
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void refusesFiguresOfAYearOutsideTheCalendar() {
        fixture.given(figuresSet(9800))
                .when(new SetTerritoryFigures(KOGALYM, 2101, 9800, 3100, 45, 12), ADMINISTRATOR)
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void refusesFiguresThatDoNotSayWhoEnteredThem() {
        fixture.givenNoPriorActivity()
                .when(new SetTerritoryFigures(KOGALYM, 2021, 9800, 3100, 45, 12))
                .expectNoEvents()
                .expectException(MissingActorException.class);
    }

    @Test
    void theFirstTargetsSetCreateTheTerritory() {
        fixture.givenNoPriorActivity()
                .when(new SetKpiTargets(KOGALYM, 2024, TARGETS_2024), ADMINISTRATOR)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new KpiTargetsSet(KOGALYM, 2024, TARGETS_2024));
    }

    @Test
    void setsTargetsOfATerritoryThatHasFiguresAndEarlierTargets() {
        fixture.given(figuresSet(9800), new KpiTargetsSet(KOGALYM, 2020, Map.of(Kpi.MENTEES_10_19, 10)))
                .when(new SetKpiTargets(KOGALYM, 2024, TARGETS_2024), ADMINISTRATOR)
                .expectEvents(new KpiTargetsSet(KOGALYM, 2024, TARGETS_2024));
    }

    @Test
    void theTargetsStoredDoNotChangeWithTheMapTheCommandCarried() {
        Map<Kpi, Integer> typed = new HashMap<>(TARGETS_2024);
        ResultValidator<Territory> result = fixture.givenNoPriorActivity()
                .when(new SetKpiTargets(KOGALYM, 2024, typed), ADMINISTRATOR);
        typed.put(Kpi.ENTERPRISES, 99);

        result.expectEvents(new KpiTargetsSet(KOGALYM, 2024, TARGETS_2024));
    }

    @Test
    void refusesNoTargetsAtAll() {
        fixture.givenNoPriorActivity()
                .when(new SetKpiTargets(KOGALYM, 2024, Map.of()), ADMINISTRATOR)
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void refusesATargetAboveAHundredPercent() {
        fixture.given(figuresSet(9800))
                .when(new SetKpiTargets(KOGALYM, 2024, Map.of(Kpi.MENTEES_10_19, 101)), ADMINISTRATOR)
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void refusesTargetsOfAYearOutsideTheCalendar() {
        fixture.givenNoPriorActivity()
                .when(new SetKpiTargets(KOGALYM, 1999, TARGETS_2024), ADMINISTRATOR)
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void refusesTargetsThatDoNotSayWhoSetThem() {
        fixture.givenNoPriorActivity()
                .when(new SetKpiTargets(KOGALYM, 2024, TARGETS_2024))
                .expectNoEvents()
                .expectException(MissingActorException.class);
    }
}
