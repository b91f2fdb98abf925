package ru.mentoring.command.roadmap;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;
import ru.mentoring.api.roadmap.AddRoadMapSection;
import ru.mentoring.api.roadmap.AmendRoadMap;
import ru.mentoring.api.roadmap.ApproveRoadMap;
import ru.mentoring.api.roadmap.BindRoadMapItemToMilestone;
import ru.mentoring.api.roadmap.CancelRoadMapItem;
import ru.mentoring.api.roadmap.CompleteRoadMapItem;
import ru.mentoring.api.roadmap.CompleteRoadMapItemOccurrence;
import ru.mentoring.api.roadmap.CompleteRoadMapItemOnMilestone;
import ru.mentoring.api.roadmap.CreateNextRoadMap;
import ru.mentoring.api.roadmap.CreateRoadMap;
import ru.mentoring.api.roadmap.EraseResponsibleName;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.ItemEvidence;
import ru.mentoring.api.roadmap.ItemSchedule;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.PlanRoadMapItem;
import ru.mentoring.api.roadmap.PlanRoadMapItems;
import ru.mentoring.api.roadmap.Recurrence;
import ru.mentoring.api.roadmap.ResponsibleNameErased;
import ru.mentoring.api.roadmap.ReviseRoadMapItem;
import ru.mentoring.api.roadmap.RoadMapAmendmentOpened;
import ru.mentoring.api.roadmap.RoadMapApproved;
import ru.mentoring.api.roadmap.RoadMapCreated;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemBecameOverdue;
import ru.mentoring.api.roadmap.RoadMapItemBoundToMilestone;
import ru.mentoring.api.roadmap.RoadMapItemCancelled;
import ru.mentoring.api.roadmap.RoadMapItemCompleted;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapItemOccurrenceCompleted;
import ru.mentoring.api.roadmap.RoadMapItemPlanned;
import ru.mentoring.api.roadmap.RoadMapItemRevised;
import ru.mentoring.api.roadmap.RoadMapItemStarted;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.api.roadmap.RoadMapSectionAdded;
import ru.mentoring.api.roadmap.StartRoadMapItem;
import ru.mentoring.command.common.ActorRequiredInterceptor;
import ru.mentoring.command.common.MissingActorException;
import ru.mentoring.command.people.PersonKeys;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasProperty;
import static ru.mentoring.command.roadmap.RoadMapSamples.*;

class RoadMapTest {

    private static final ItemEvidence ORDER = ItemEvidence.document("Приказ № 245-о от 20.12.2021");
    private static final ProgramId PROGRAM = new ProgramId(UUID.fromString("6f7c2f1e-0d3a-4b5e-9a43-1f7a2a1c0001"));

    private AggregateTestFixture<RoadMap> fixture;
    private final List<PersonId> shredded = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RoadMap.class);
        fixture.registerInjectableResource(new InMemoryTemplates());
        fixture.registerInjectableResource(new PersonKeys() {
            @Override
            public Optional<List<byte[]>> forSealing(List<PersonId> people) {
                throw new UnsupportedOperationException("nothing is stored in the fixture");
            }

            @Override
            public Optional<List<byte[]>> forOpening(List<PersonId> people) {
                throw new UnsupportedOperationException("nothing is stored in the fixture");
            }

            @Override
            public void shred(PersonId person) {
                shredded.add(person);
            }
        });
        fixture.registerInjectableResource((RoadMapHistory) roadMap -> ROAD_MAP.equals(roadMap)
                ? Optional.of(new RoadMapHistory.Carried(GYMNASIUM_2, new RoadMapTemplate(
                        RoadMapHistory.CARRIED_OVER_FROM + ROAD_MAP, "road map", RoadMapLevel.ORGANIZATION, YEAR_2021,
                        TITLE, List.of(new RoadMapTemplate.Section(SECTION, List.of(pairsFormed()))))))
                : Optional.empty());
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        fixture.registerCommandHandlerInterceptor(new ActorRequiredInterceptor());
    }

    private static CommandMessage<Object> byCurator(Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(CURATOR));
    }

    private static Object[] draftCommands() {
        return new Object[]{
                byCurator(new CreateRoadMap(ROAD_MAP, RoadMapLevel.ORGANIZATION, GYMNASIUM_2, YEAR_2021, TITLE)),
                byCurator(new AddRoadMapSection(ROAD_MAP, SECTION)),
                byCurator(new PlanRoadMapItem(ROAD_MAP, PAIRS, 1, pairsFormed()))};
    }

    private static Instant morningOf(LocalDate day) {
        return day.atTime(9, 0).atZone(ItemDeadlines.ZONE).toInstant();
    }

    @Test
    void draftsARoadMap() {
        fixture.givenNoPriorActivity()
                .when(new CreateRoadMap(ROAD_MAP, RoadMapLevel.ORGANIZATION, GYMNASIUM_2, YEAR_2021, " " + TITLE), CURATOR)
                .expectEvents(created(RoadMapLevel.ORGANIZATION));
    }

    @Test
    void refusesACommandThatDoesNotSayWhoIssuedIt() {
        fixture.givenNoPriorActivity()
                .when(new CreateRoadMap(ROAD_MAP, RoadMapLevel.ORGANIZATION, GYMNASIUM_2, YEAR_2021, TITLE))
                .expectNoEvents()
                .expectException(MissingActorException.class);
    }

    @Test
    void rejectsARoadMapWithoutTitle() {
        fixture.givenNoPriorActivity()
                .when(new CreateRoadMap(ROAD_MAP, RoadMapLevel.ORGANIZATION, GYMNASIUM_2, YEAR_2021, " "), CURATOR)
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void numbersSectionsInTheOrderTheyAreAdded() {
        fixture.given(created(RoadMapLevel.ORGANIZATION), section())
                .when(new AddRoadMapSection(ROAD_MAP, "Информационное сопровождение деятельности"), CURATOR)
                .expectEvents(new RoadMapSectionAdded(ROAD_MAP, 2, "Информационное сопровождение деятельности"));
    }

    @Test
    void plansAnItemAndSchedulesItsDeadlineForTheDayAfterItsEnd() {
        fixture.given(created(RoadMapLevel.ORGANIZATION), section())
                .when(new PlanRoadMapItem(ROAD_MAP, PAIRS, 1, pairsFormed()), CURATOR)
                .expectEvents(pairsPlanned())
                .expectScheduledDeadline(LocalDate.of(2022, 1, 1).atStartOfDay(ItemDeadlines.ZONE).toInstant(),
                        new ItemDue(PAIRS, DECEMBER_31));
    }

    @Test
    void aMonthlyItemIsDueAtTheEndOfEveryMonthOfItsDates() {
        fixture.given(created(RoadMapLevel.ORGANIZATION), section())
                .when(new PlanRoadMapItem(ROAD_MAP, PUBLICATIONS, 1, monthlyPublications()), CURATOR)
                .expectEvents(publicationsPlanned())
                .expectScheduledDeadline(ItemDeadlines.overdueFrom(LocalDate.of(2021, 10, 31)),
                        new ItemDue(PUBLICATIONS, LocalDate.of(2021, 10, 31)));
    }

    @Test
    void cannotPlanAnItemInASectionThatDoesNotExist() {
        fixture.given(created(RoadMapLevel.ORGANIZATION), section())
                .when(new PlanRoadMapItem(ROAD_MAP, PAIRS, 2, pairsFormed()), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.section-unknown")));
    }

    @Test
    void cannotPlanTwoItemsWithOneNumberInASection() {
        fixture.given(draftWithPairsItem())
                .when(new PlanRoadMapItem(ROAD_MAP, RoadMapItemId.random(), 1, pairsFormed()), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.item-number-taken")));
    }

    @Test
    void cannotPlanAnItemOutsideThePeriod() {
        ItemContent late = new ItemContent("5", "Формирование наставнических пар / групп", null, null,
                ItemSchedule.between(LocalDate.of(2023, 1, 10), LocalDate.of(2023, 1, 31), "Январь 2023"), List.of());
        fixture.given(created(RoadMapLevel.ORGANIZATION), section())
                .when(new PlanRoadMapItem(ROAD_MAP, PAIRS, 1, late), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.date-outside-period")));
    }

    @Test
    void importsAllItemsOrNone() {
        ItemContent again = pairsFormed();
        fixture.given(created(RoadMapLevel.ORGANIZATION), section())
                .when(new PlanRoadMapItems(ROAD_MAP, 1, List.of(monthlyPublications(), again, again)), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.item-number-taken")));
    }

    @Test
    void importedItemsGetIdsDerivedFromTheirNumbers() {
        fixture.given(created(RoadMapLevel.ORGANIZATION), section())
                .when(new PlanRoadMapItems(ROAD_MAP, 1, List.of(pairsFormed())), CURATOR)
                .expectEvents(planned(ROAD_MAP, RoadMapItemId.derived(ROAD_MAP, "1/5"), 1, pairsFormed(),
                        List.of(DECEMBER_31)));
    }

    @Test
    void cannotPlanAnItemUnderAnIdAlreadyTaken() {
        fixture.given(draftWithPairsItem())
                .when(new PlanRoadMapItem(ROAD_MAP, PAIRS, 1, monthlyPublications()), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.item-exists")));
    }

    @Test
    void cannotWorkOnAnItemTheRoadMapDoesNotHave() {
        fixture.given(draftWithPairsItem())
                .when(new StartRoadMapItem(ROAD_MAP, PUBLICATIONS, LocalDate.of(2021, 9, 1)), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.item-unknown")));
    }

    @Test
    void anApprovedPlanGetsNoNewSectionsNorRevisedItemsOutsideAnAmendment() {
        Object approved = new RoadMapApproved(ROAD_MAP, 1, "112-о", LocalDate.of(2021, 8, 30));
        fixture.given(draftWithPairsItem()).andGiven(approved)
                .when(new AddRoadMapSection(ROAD_MAP, "Информационное сопровождение деятельности"), CURATOR)
                .expectException(hasProperty("code", equalTo("road-map.approved")));
        fixture.given(draftWithPairsItem()).andGiven(approved)
                .when(new ReviseRoadMapItem(ROAD_MAP, PAIRS, pairsFormed()), CURATOR)
                .expectException(hasProperty("code", equalTo("road-map.approved")));
    }

    @Test
    void anItemDoneAsNeededHasNoDeadline() {
        ItemContent asNeeded = new ItemContent("7", "Индивидуальные консультации наставников", null, null,
                ItemSchedule.recurring(Recurrence.AS_NEEDED, "по мере необходимости"), List.of("Олехнович Е.М."));
        RoadMapItemId consultations = RoadMapItemId.random();
        fixture.given(created(RoadMapLevel.ORGANIZATION), section())
                .when(new PlanRoadMapItem(ROAD_MAP, consultations, 1, asNeeded), CURATOR)
                .expectEvents(planned(ROAD_MAP, consultations, 1, asNeeded, List.of()))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anImportedItemTakesTheNumberARenumberedItemLeftWithoutTakingItsId() {
        RoadMapItemId imported = RoadMapItemId.derived(ROAD_MAP, "1/5");
        ItemContent renumbered = new ItemContent("5.1", "Формирование наставнических пар / групп", null, null,
                ItemSchedule.between(LocalDate.of(2021, 12, 1), DECEMBER_31, "Декабрь 2021"), List.of());
        fixture.given(created(RoadMapLevel.ORGANIZATION), section(),
                        planned(ROAD_MAP, imported, 1, pairsFormed(), List.of(DECEMBER_31)),
                        revised(ROAD_MAP, imported, renumbered, List.of(DECEMBER_31)))
                .when(new PlanRoadMapItems(ROAD_MAP, 1, List.of(pairsFormed())), CURATOR)
                .expectEvents(planned(ROAD_MAP, RoadMapItemId.derived(ROAD_MAP, "1/5#2"), 1,
                        pairsFormed(), List.of(DECEMBER_31)));
    }

    @Test
    void startsAPlannedItemOnce() {
        LocalDate december1 = LocalDate.of(2021, 12, 1);
        fixture.given(draftWithPairsItem())
                .when(new StartRoadMapItem(ROAD_MAP, PAIRS, december1), CURATOR)
                .expectEvents(new RoadMapItemStarted(ROAD_MAP, PAIRS, december1));
        fixture.given(draftWithPairsItem()).andGiven(new RoadMapItemStarted(ROAD_MAP, PAIRS, december1))
                .when(new StartRoadMapItem(ROAD_MAP, PAIRS, december1), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.item-already-started")));
    }

    @Test
    void completingAnItemCancelsItsDeadline() {
        LocalDate completedOn = LocalDate.of(2021, 12, 20);
        fixture.givenCommands(draftCommands())
                .when(byCurator(new CompleteRoadMapItem(ROAD_MAP, PAIRS, completedOn, ORDER)))
                .expectEvents(new RoadMapItemCompleted(ROAD_MAP, PAIRS, completedOn, ORDER))
                .expectNoScheduledDeadlines();
    }

    @Test
    void completingOneItemLeavesTheOthersOpen() {
        LocalDate september = LocalDate.of(2021, 9, 28);
        ItemEvidence post = ItemEvidence.document("https://gym2.ru/n/1");
        fixture.given(created(RoadMapLevel.ORGANIZATION), section(), pairsPlanned(), publicationsPlanned(),
                        new RoadMapItemCompleted(ROAD_MAP, PAIRS, LocalDate.of(2021, 9, 20), ORDER))
                .when(new CompleteRoadMapItemOccurrence(ROAD_MAP, PUBLICATIONS, LocalDate.of(2021, 9, 30), september,
                        post), CURATOR)
                .expectEvents(new RoadMapItemOccurrenceCompleted(ROAD_MAP, PUBLICATIONS, LocalDate.of(2021, 9, 30),
                        september, post));
    }

    @Test
    void cannotCompleteWithoutEvidence() {
        fixture.given(draftWithPairsItem())
                .when(new CompleteRoadMapItem(ROAD_MAP, PAIRS, LocalDate.of(2021, 12, 20),
                        new ItemEvidence(" ", null, null)), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.evidence-missing")));
    }

    @Test
    void anItemNotDoneByItsEndBecomesOverdueWhenTheDeadlinePasses() {
        fixture.givenCurrentTime(morningOf(LocalDate.of(2021, 12, 20)))
                .andGivenCommands(draftCommands())
                .whenTimeElapses(Duration.ofDays(12))
                .expectEvents(new RoadMapItemBecameOverdue(ROAD_MAP, PAIRS, DECEMBER_31))
                .expectTriggeredDeadlines(new ItemDue(PAIRS, DECEMBER_31));
    }

    @Test
    void anItemIsNotOverdueOnItsLastDay() {
        fixture.givenCurrentTime(morningOf(LocalDate.of(2021, 12, 20)))
                .andGivenCommands(draftCommands())
                .whenThenTimeAdvancesTo(LocalDate.of(2021, 12, 31).atTime(23, 59).atZone(ItemDeadlines.ZONE).toInstant())
                .expectNoEvents()
                .expectTriggeredDeadlines();
    }

    @Test
    void aCompletedItemNeverBecomesOverdue() {
        fixture.givenCurrentTime(morningOf(LocalDate.of(2021, 12, 20)))
                .andGivenCommands(draftCommands())
                .andGivenCommands(byCurator(new CompleteRoadMapItem(ROAD_MAP, PAIRS, LocalDate.of(2021, 12, 20), ORDER)))
                .whenTimeElapses(Duration.ofDays(30))
                .expectNoEvents()
                .expectTriggeredDeadlines();
    }

    @Test
    void eachMonthlyOccurrenceBecomesOverdueOnItsOwn() {
        fixture.givenCurrentTime(morningOf(LocalDate.of(2021, 9, 1)))
                .andGivenCommands(byCurator(new CreateRoadMap(ROAD_MAP, RoadMapLevel.ORGANIZATION, GYMNASIUM_2,
                                YEAR_2021, TITLE)),
                        byCurator(new AddRoadMapSection(ROAD_MAP, SECTION)),
                        byCurator(new PlanRoadMapItem(ROAD_MAP, PUBLICATIONS, 1, monthlyPublications())))
                .andGivenCommands(byCurator(new CompleteRoadMapItemOccurrence(ROAD_MAP, PUBLICATIONS,
                        LocalDate.of(2021, 9, 30), LocalDate.of(2021, 9, 28), ItemEvidence.document("https://gym2.ru/n/1"))))
                .whenThenTimeAdvancesTo(morningOf(LocalDate.of(2021, 11, 1)))
                .expectEvents(new RoadMapItemBecameOverdue(ROAD_MAP, PUBLICATIONS, LocalDate.of(2021, 10, 31)));
    }

    @Test
    void anOverdueItemCanStillBeDoneLate() {
        LocalDate january = LocalDate.of(2022, 1, 14);
        fixture.given(draftWithPairsItem()).andGiven(new RoadMapItemBecameOverdue(ROAD_MAP, PAIRS, DECEMBER_31))
                .when(new CompleteRoadMapItem(ROAD_MAP, PAIRS, january, ORDER), CURATOR)
                .expectEvents(new RoadMapItemCompleted(ROAD_MAP, PAIRS, january, ORDER));
    }

    @Test
    void aRecurringItemIsDoneOccurrenceByOccurrence() {
        fixture.given(created(RoadMapLevel.ORGANIZATION), section(), publicationsPlanned())
                .when(new CompleteRoadMapItem(ROAD_MAP, PUBLICATIONS, LocalDate.of(2021, 9, 28), ORDER), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.occurrences-open")));
    }

    @Test
    void theLastOccurrenceDoneCompletesTheItem() {
        ItemEvidence post = ItemEvidence.document("https://gym2.ru/n/4");
        LocalDate done = LocalDate.of(2021, 12, 27);
        fixture.given(created(RoadMapLevel.ORGANIZATION), section(), publicationsPlanned(),
                        occurrenceDone(LocalDate.of(2021, 9, 30)), occurrenceDone(LocalDate.of(2021, 10, 31)),
                        occurrenceDone(LocalDate.of(2021, 11, 30)))
                .when(new CompleteRoadMapItemOccurrence(ROAD_MAP, PUBLICATIONS, DECEMBER_31, done, post), CURATOR)
                .expectEvents(new RoadMapItemOccurrenceCompleted(ROAD_MAP, PUBLICATIONS, DECEMBER_31, done, post),
                        new RoadMapItemCompleted(ROAD_MAP, PUBLICATIONS, done, post));
    }

    @Test
    void cannotCompleteAnOccurrenceThatIsNotDue() {
        fixture.given(created(RoadMapLevel.ORGANIZATION), section(), publicationsPlanned(),
                        occurrenceDone(LocalDate.of(2021, 9, 30)))
                .when(new CompleteRoadMapItemOccurrence(ROAD_MAP, PUBLICATIONS, LocalDate.of(2021, 9, 30),
                        LocalDate.of(2021, 10, 2), ORDER), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.occurrence-unknown")));
    }

    private static RoadMapItemOccurrenceCompleted occurrenceDone(LocalDate due) {
        return new RoadMapItemOccurrenceCompleted(ROAD_MAP, PUBLICATIONS, due, due, ItemEvidence.document("пост"));
    }

    @Test
    void cancellingAnItemKeepsTheReasonAndCancelsItsDeadline() {
        LocalDate on = LocalDate.of(2021, 11, 15);
        fixture.givenCommands(draftCommands())
                .when(byCurator(new CancelRoadMapItem(ROAD_MAP, PAIRS, " Пары сформированы в рамках программы ", on)))
                .expectEvents(new RoadMapItemCancelled(ROAD_MAP, PAIRS, PersonalText.plain("Пары сформированы в рамках программы"), on))
                .expectNoScheduledDeadlines();
    }

    @Test
    void cannotCancelWithoutAReason() {
        fixture.given(draftWithPairsItem())
                .when(new CancelRoadMapItem(ROAD_MAP, PAIRS, "", LocalDate.of(2021, 11, 15)), CURATOR)
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void aCancelledItemCannotBeDone() {
        fixture.given(draftWithPairsItem())
                .andGiven(new RoadMapItemCancelled(ROAD_MAP, PAIRS, PersonalText.plain("не нужно"), LocalDate.of(2021, 11, 15)))
                .when(new CompleteRoadMapItem(ROAD_MAP, PAIRS, LocalDate.of(2021, 12, 20), ORDER), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.item-cancelled")));
    }

    @Test
    void aDoneItemCannotBeRevisedNorCancelled() {
        Object done = new RoadMapItemCompleted(ROAD_MAP, PAIRS, LocalDate.of(2021, 12, 20), ORDER);
        fixture.given(draftWithPairsItem()).andGiven(done)
                .when(new ReviseRoadMapItem(ROAD_MAP, PAIRS, pairsFormed()), CURATOR)
                .expectException(hasProperty("code", equalTo("road-map.item-done")));
        fixture.given(draftWithPairsItem()).andGiven(done)
                .when(new CancelRoadMapItem(ROAD_MAP, PAIRS, "поздно", LocalDate.of(2021, 12, 21)), CURATOR)
                .expectException(hasProperty("code", equalTo("road-map.item-done")));
    }

    @Test
    void revisingTheTermMovesTheDeadline() {
        LocalDate november30 = LocalDate.of(2021, 11, 30);
        ItemContent earlier = new ItemContent("5", "Формирование наставнических пар / групп",
                "Издан приказ «Об утверждении наставнических пар/групп»", null,
                ItemSchedule.between(LocalDate.of(2021, 11, 1), november30, "Ноябрь 2021"), List.of("Олехнович Е.М."));
        fixture.givenCommands(draftCommands())
                .when(byCurator(new ReviseRoadMapItem(ROAD_MAP, PAIRS, earlier)))
                .expectEvents(revised(ROAD_MAP, PAIRS, earlier, List.of(november30)))
                .expectScheduledDeadline(LocalDate.of(2021, 12, 1).atStartOfDay(ItemDeadlines.ZONE).toInstant(),
                        new ItemDue(PAIRS, november30))
                .expectNoScheduledDeadlineWithName(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"),
                        ItemDeadlines.name(PAIRS, DECEMBER_31));
    }

    @Test
    void aRevisedItemStillPastItsDateGoesOverdueAgain() {
        fixture.givenCurrentTime(morningOf(LocalDate.of(2021, 12, 20)))
                .andGivenCommands(draftCommands())
                .andGiven(new RoadMapItemBecameOverdue(ROAD_MAP, PAIRS, DECEMBER_31))
                .andGivenCommands(byCurator(new ReviseRoadMapItem(ROAD_MAP, PAIRS, pairsFormed())))
                .whenTimeElapses(Duration.ofDays(20))
                .expectEvents(new RoadMapItemBecameOverdue(ROAD_MAP, PAIRS, DECEMBER_31));
    }

    @Test
    void approvesTheDraftAsRevisionOne() {
        fixture.given(draftWithPairsItem())
                .when(new ApproveRoadMap(ROAD_MAP, " 112-о ", LocalDate.of(2021, 8, 30)), CURATOR)
                .expectEvents(new RoadMapApproved(ROAD_MAP, 1, "112-о", LocalDate.of(2021, 8, 30)));
    }

    @Test
    void cannotApproveAnEmptyPlan() {
        fixture.given(created(RoadMapLevel.ORGANIZATION), section())
                .when(new ApproveRoadMap(ROAD_MAP, "112-о", LocalDate.of(2021, 8, 30)), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.empty")));
    }

    @Test
    void anApprovedPlanChangesOnlyThroughAnAmendment() {
        Object approved = new RoadMapApproved(ROAD_MAP, 1, "112-о", LocalDate.of(2021, 8, 30));
        fixture.given(draftWithPairsItem()).andGiven(approved)
                .when(new PlanRoadMapItem(ROAD_MAP, PUBLICATIONS, 1, monthlyPublications()), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.approved")));
        fixture.given(draftWithPairsItem()).andGiven(approved)
                .when(new ApproveRoadMap(ROAD_MAP, "113-о", LocalDate.of(2021, 9, 1)), CURATOR)
                .expectException(hasProperty("code", equalTo("road-map.nothing-to-approve")));
    }

    @Test
    void anAmendmentIsTheNextRevisionWithItsReasonAndIsApprovedByItsOwnOrder() {
        Object approved = new RoadMapApproved(ROAD_MAP, 1, "112-о", LocalDate.of(2021, 8, 30));
        Object amendment = new RoadMapAmendmentOpened(ROAD_MAP, 2, PersonalText.plain("Итоги мониторинга за первое полугодие"));
        fixture.given(draftWithPairsItem()).andGiven(approved)
                .when(new AmendRoadMap(ROAD_MAP, "Итоги мониторинга за первое полугодие"), CURATOR)
                .expectEvents(amendment);
        fixture.given(draftWithPairsItem()).andGiven(approved, amendment)
                .when(new PlanRoadMapItem(ROAD_MAP, PUBLICATIONS, 1, monthlyPublications()), CURATOR)
                .expectEvents(publicationsPlanned());
        fixture.given(draftWithPairsItem()).andGiven(approved, amendment)
                .when(new ApproveRoadMap(ROAD_MAP, "15-о", LocalDate.of(2022, 1, 20)), CURATOR)
                .expectEvents(new RoadMapApproved(ROAD_MAP, 2, "15-о", LocalDate.of(2022, 1, 20)));
    }

    @Test
    void cannotAmendADraftNorOpenTwoAmendments() {
        fixture.given(draftWithPairsItem())
                .when(new AmendRoadMap(ROAD_MAP, "уточнение"), CURATOR)
                .expectException(hasProperty("code", equalTo("road-map.not-approved")));
        fixture.given(draftWithPairsItem())
                .andGiven(new RoadMapApproved(ROAD_MAP, 1, "112-о", LocalDate.of(2021, 8, 30)),
                        new RoadMapAmendmentOpened(ROAD_MAP, 2, PersonalText.plain("уточнение")))
                .when(new AmendRoadMap(ROAD_MAP, "ещё одно"), CURATOR)
                .expectException(hasProperty("code", equalTo("road-map.amendment-open")));
    }

    @Test
    void bindsAnOrganizationItemToAProgramMilestone() {
        fixture.given(draftWithPairsItem())
                .when(new BindRoadMapItemToMilestone(ROAD_MAP, PAIRS, PROGRAM, ProgramMilestone.PAIRS_FIXED), CURATOR)
                .expectEvents(new RoadMapItemBoundToMilestone(ROAD_MAP, PAIRS, PROGRAM, ProgramMilestone.PAIRS_FIXED));
    }

    @Test
    void cannotBindAnItemTwiceToTheSameMilestone() {
        fixture.given(draftWithPairsItem())
                .andGiven(new RoadMapItemBoundToMilestone(ROAD_MAP, PAIRS, PROGRAM, ProgramMilestone.PAIRS_FIXED))
                .when(new BindRoadMapItemToMilestone(ROAD_MAP, PAIRS, PROGRAM, ProgramMilestone.PAIRS_FIXED), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.milestone-already-bound")));
    }

    @Test
    void onlyOrganizationItemsBindToProgramMilestones() {
        fixture.given(created(RoadMapLevel.MUNICIPALITY), section(), pairsPlanned())
                .when(new BindRoadMapItemToMilestone(ROAD_MAP, PAIRS, PROGRAM, ProgramMilestone.PAIRS_FIXED), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.milestone-needs-organization")));
    }

    @Test
    void theMilestoneCompletesTheBoundItemWithTheEventAsEvidenceAndCancelsItsDeadline() {
        LocalDate reached = LocalDate.of(2021, 12, 15);
        fixture.givenCommands(draftCommands())
                .andGivenCommands(byCurator(new BindRoadMapItemToMilestone(ROAD_MAP, PAIRS, PROGRAM,
                        ProgramMilestone.PAIRS_FIXED)))
                .when(byCurator(new CompleteRoadMapItemOnMilestone(ROAD_MAP, PAIRS, PROGRAM,
                        ProgramMilestone.PAIRS_FIXED, "event-42", reached)))
                .expectEvents(new RoadMapItemCompleted(ROAD_MAP, PAIRS, reached, new ItemEvidence(null, null, "event-42")))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRepeatedMilestoneChangesNothing() {
        Object bound = new RoadMapItemBoundToMilestone(ROAD_MAP, PAIRS, PROGRAM, ProgramMilestone.PAIRS_FIXED);
        Object done = new RoadMapItemCompleted(ROAD_MAP, PAIRS, LocalDate.of(2021, 12, 15),
                new ItemEvidence(null, null, "event-42"));
        fixture.given(draftWithPairsItem()).andGiven(bound, done)
                .when(new CompleteRoadMapItemOnMilestone(ROAD_MAP, PAIRS, PROGRAM, ProgramMilestone.PAIRS_FIXED,
                        "event-42", LocalDate.of(2021, 12, 15)), CURATOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherMilestoneDoesNotCompleteTheItem() {
        fixture.given(draftWithPairsItem())
                .andGiven(new RoadMapItemBoundToMilestone(ROAD_MAP, PAIRS, PROGRAM, ProgramMilestone.PAIRS_FIXED))
                .when(new CompleteRoadMapItemOnMilestone(ROAD_MAP, PAIRS, PROGRAM, ProgramMilestone.FINAL_EVENT_HELD,
                        "event-43", LocalDate.of(2022, 5, 20)), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.milestone-not-bound")));
    }

    @Test
    void createsARoadMapFromATemplateMovedToItsPeriod() {
        RoadMapItemId first = RoadMapItemId.derived(ROAD_MAP, "1/1");
        LocalDate movedEnd = LocalDate.of(2022, 5, 31);
        fixture.givenNoPriorActivity()
                .when(new ru.mentoring.api.roadmap.CreateRoadMapFromTemplate(ROAD_MAP, "sample", GYMNASIUM_2,
                        PlanPeriod.parse("2022-2023"), null), CURATOR)
                .expectEvents(new RoadMapCreated(ROAD_MAP, RoadMapLevel.MUNICIPALITY, GYMNASIUM_2,
                                PlanPeriod.parse("2022-2023"), InMemoryTemplates.SAMPLE.title(),
                                "sample"),
                        new RoadMapSectionAdded(ROAD_MAP, 1, "Муниципальный уровень"),
                        planned(ROAD_MAP, first, 1, InMemoryTemplates.item(LocalDate.of(2022, 5, 1), movedEnd),
                                List.of(movedEnd)))
                .expectScheduledDeadline(ItemDeadlines.overdueFrom(movedEnd), new ItemDue(first, movedEnd));
    }

    @Test
    void theNextYearsPlanCarriesOverThisOneMovedByAYear() {
        RoadMapId next = new RoadMapId(UUID.fromString("5d0c1b2a-7e3f-4a6b-9c8d-000000000002"));
        PlanPeriod nextYear = PlanPeriod.parse("2022-2023");
        LocalDate december2022 = LocalDate.of(2022, 12, 31);
        ItemContent moved = new ItemContent("5", pairsFormed().activity(), pairsFormed().expectedResult(),
                pairsFormed().indicators(), pairsFormed().schedule().shiftedByYears(1), pairsFormed().responsible());
        RoadMapItemId item = RoadMapItemId.derived(next, "1/5");
        fixture.givenNoPriorActivity()
                .when(new CreateNextRoadMap(next, ROAD_MAP, nextYear, null), CURATOR)
                .expectEvents(new RoadMapCreated(next, RoadMapLevel.ORGANIZATION, GYMNASIUM_2, nextYear, TITLE,
                                "road-map:" + ROAD_MAP),
                        new RoadMapSectionAdded(next, 1, SECTION),
                        planned(next, item, 1, moved, List.of(december2022)))
                .expectScheduledDeadline(ItemDeadlines.overdueFrom(december2022), new ItemDue(item, december2022));
    }

    @Test
    void theNextPlanNeedsAnEarlierOneAndALaterPeriod() {
        fixture.givenNoPriorActivity()
                .when(new CreateNextRoadMap(RoadMapId.random(), RoadMapId.random(), PlanPeriod.parse("2022-2023"), null),
                        CURATOR)
                .expectException(hasProperty("code", equalTo("road-map.previous-unknown")));
        fixture.givenNoPriorActivity()
                .when(new CreateNextRoadMap(RoadMapId.random(), ROAD_MAP, YEAR_2021, null), CURATOR)
                .expectException(hasProperty("code", equalTo("road-map.period-not-later")));
    }

    @Test
    void cannotCreateFromAnUnknownTemplate() {
        fixture.givenNoPriorActivity()
                .when(new ru.mentoring.api.roadmap.CreateRoadMapFromTemplate(ROAD_MAP, "no-such", GYMNASIUM_2,
                        YEAR_2021, null), CURATOR)
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("road-map.template-unknown")));
    }

    /** One template with one dated item, as the Kogalym municipal section begins; its term names its year. */
    private static final class InMemoryTemplates implements RoadMapTemplates {

        static final RoadMapTemplate SAMPLE = new RoadMapTemplate("sample", "seed 004", RoadMapLevel.MUNICIPALITY,
                PlanPeriod.parse("2021-2022"),
                "Дорожная карта внедрения целевой модели наставничества",
                List.of(new RoadMapTemplate.Section("Муниципальный уровень",
                        List.of(item(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 31))))));

        static ItemContent item(LocalDate start, LocalDate end) {
            return new ItemContent("1", "Информирование образовательных организаций о внедрении целевой модели "
                    + "наставничества", null, null, ItemSchedule.between(start, end, "Май " + end.getYear() + " года"),
                    List.of("Отдел по организационно-педагогической деятельности (Абдреева Н.П.)"));
        }

        @Override
        public Optional<RoadMapTemplate> find(String code) {
            return SAMPLE.code().equals(code) ? Optional.of(SAMPLE) : Optional.empty();
        }

        @Override
        public List<RoadMapTemplate> all() {
            return List.of(SAMPLE);
        }
    }

    /** An item planned as the aggregate writes it: the names out of the content, each a text of its own. */
    private static RoadMapItemPlanned planned(RoadMapId roadMap, RoadMapItemId item, int section, ItemContent content,
                                              List<LocalDate> dueDates) {
        return new RoadMapItemPlanned(roadMap, item, section, content.withResponsible(List.of()), dueDates,
                names(content));
    }

    /** An item revised as the aggregate writes it. */
    private static RoadMapItemRevised revised(RoadMapId roadMap, RoadMapItemId item, ItemContent content,
                                              List<LocalDate> dueDates) {
        return new RoadMapItemRevised(roadMap, item, content.withResponsible(List.of()), dueDates, names(content));
    }

    /** Texts compare by what they say; whom each is about is a fresh id the aggregate makes. */
    private static List<PersonalText> names(ItemContent content) {
        return content.responsible().stream().map(PersonalText::plain).toList();
    }

    @Test
    void aResponsiblePersonsNameIsErasedWhereverItStandsWithoutTheOthers() {
        PersonId first = new PersonId(UUID.randomUUID());
        PersonId second = new PersonId(UUID.randomUUID());
        PersonId position = new PersonId(UUID.randomUUID());
        RoadMapItemId other = RoadMapItemId.random();
        List<PersonalText> pairsNames = List.of(PersonalText.about(List.of(first), "Иванова И. И."),
                PersonalText.about(List.of(position), "заместитель директора по УВР"));
        List<PersonalText> otherNames = List.of(PersonalText.about(List.of(second), "Иванова И. И."));
        fixture.given(created(RoadMapLevel.ORGANIZATION), section(),
                        new RoadMapItemPlanned(ROAD_MAP, PAIRS, 1, pairsFormed().withResponsible(List.of()),
                                List.of(DECEMBER_31), pairsNames),
                        new RoadMapItemPlanned(ROAD_MAP, other, 1, monthlyPublications().withResponsible(List.of()),
                                List.of(), otherNames),
                        new RoadMapApproved(ROAD_MAP, 1, "245-о", LocalDate.of(2021, 9, 1)))
                .when(new EraseResponsibleName(ROAD_MAP, "  иванова и. и. "), CURATOR)
                .expectEvents(new ResponsibleNameErased(ROAD_MAP, List.of(first, second), List.of(
                        new ResponsibleNameErased.ItemResponsible(PAIRS, pairsNames),
                        new ResponsibleNameErased.ItemResponsible(other, otherNames)), List.of(), List.of()));
        assertThat(shredded).as("the keys of both places the name stands, not the position's")
                .containsExactlyInAnyOrder(first, second);

        fixture.given(created(RoadMapLevel.ORGANIZATION), section(), planned(ROAD_MAP, PAIRS, 1, pairsFormed(),
                        List.of(DECEMBER_31)))
                .when(new EraseResponsibleName(ROAD_MAP, "Петров П. П."), CURATOR)
                .expectException(hasProperty("code", equalTo("road-map.responsible-unknown")));
    }

    @Test
    void reasonsThatMentionTheNameAreErasedWholeAndOnlyThose() {
        PersonId cancellation = new PersonId(UUID.randomUUID());
        PersonId amendment = new PersonId(UUID.randomUUID());
        PersonId otherAmendment = new PersonId(UUID.randomUUID());
        PersonalText cancelledBecause = PersonalText.about(List.of(cancellation), "Петрова П. П. уволилась");
        fixture.given(created(RoadMapLevel.ORGANIZATION), section(), pairsPlanned(),
                        new RoadMapApproved(ROAD_MAP, 1, "245-о", LocalDate.of(2021, 9, 1)),
                        new RoadMapAmendmentOpened(ROAD_MAP, 2, PersonalText.about(List.of(amendment),
                                "По просьбе ПЕТРОВОЙ П. П.")),
                        new RoadMapItemCancelled(ROAD_MAP, PAIRS, cancelledBecause, LocalDate.of(2021, 9, 20)),
                        new RoadMapApproved(ROAD_MAP, 2, "300-о", LocalDate.of(2021, 10, 1)),
                        new RoadMapAmendmentOpened(ROAD_MAP, 3, PersonalText.about(List.of(otherAmendment),
                                "Итоги полугодия")))
                .when(new EraseResponsibleName(ROAD_MAP, "петровой п. п."), CURATOR)
                .expectEvents(new ResponsibleNameErased(ROAD_MAP, List.of(amendment), List.of(), List.of(),
                        List.of(2)));
        assertThat(shredded).containsExactly(amendment);

        shredded.clear();
        fixture.given(created(RoadMapLevel.ORGANIZATION), section(), pairsPlanned(),
                        new RoadMapItemCancelled(ROAD_MAP, PAIRS, cancelledBecause, LocalDate.of(2021, 9, 20)))
                .when(new EraseResponsibleName(ROAD_MAP, "Петрова П. П."), CURATOR)
                .expectEvents(new ResponsibleNameErased(ROAD_MAP, List.of(cancellation), List.of(), List.of(PAIRS),
                        List.of()));
        assertThat(shredded).containsExactly(cancellation);
    }
}
