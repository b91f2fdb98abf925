package ru.mentoring.app.fault;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.FindOrganizations;
import ru.mentoring.api.organization.OrganizationSummary;
import ru.mentoring.api.organization.OrganizationRegistered;
import ru.mentoring.api.organization.RegisterOrganization;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.mentoring.app.TestDatabase;
import ru.mentoring.app.deadletters.DeadLetters;
import ru.mentoring.app.deadletters.ParkedEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reproduction: an organization whose name PostgreSQL cannot store (a NUL character, in an event
 * stored by a release before the API and the command bus refused such characters, here put in the event store)
 * is parked as one dead letter of the organization directory, while every organization registered after it
 * appears as usual; retrying the letter while its cause remains leaves it parked and everything else flowing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class NulPoisonFaultIT {

    /**
     * A database of its own: the poisoned event stays in its event store for good, and any later rebuild of the
     * directory would park it again, leaving the shared application's health DEGRADED for the tests after this one.
     */
    private static final TestDatabase DATABASE = TestDatabase.fresh();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    private static final String GROUP = "organization-directory";

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    private DeadLetters deadLetters;
    @Autowired
    private EventStore eventStore;

    @Test
    void anEventTheDirectoryCannotStoreIsParkedAndTheOthersFlowOn() {
        String region = "Регион " + UUID.randomUUID().toString().substring(0, 8);
        MetaData administrator = MetaData.from(
                new Actor("admin@poison", ActorRole.REGIONAL_ADMINISTRATOR, region, null, null).asMetaData());
        OrganizationId poisoned = new OrganizationId(UUID.randomUUID());
        // stored as the release before the refusal at the edge stored it: the command bus refuses it now
        eventStore.publish(new GenericDomainEventMessage<>("Organization", poisoned.toString(), 0,
                new OrganizationRegistered(poisoned, "Nul\u0000School", "Город", region), administrator));
        List<OrganizationId> later = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            OrganizationId id = new OrganizationId(UUID.randomUUID());
            commands.sendAndWait(new RegisterOrganization(id, "Школа № " + i, "Город", region), administrator);
            later.add(id);
        }

        Set<UUID> expected = later.stream().map(OrganizationId::value).collect(Collectors.toSet());
        long sent = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> directory(region).containsAll(expected));
        Duration listed = Duration.ofNanos(System.nanoTime() - sent);
        assertThat(directory(region)).doesNotContain(poisoned.value());

        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(GROUP).orElseThrow();
        await().atMost(Duration.ofSeconds(10)).until(() -> queue.contains(poisoned.value().toString()));
        List<DeadLetter<? extends EventMessage<?>>> letters = letters(queue, poisoned);
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).cause()).hasValueSatisfying(cause ->
                assertThat(cause.message()).containsIgnoringCase("0x00"));

        // a retry while the cause remains: the letter goes back to the queue, nothing else is disturbed
        SequencedDeadLetterProcessor<EventMessage<?>> retry =
                processing.sequencedDeadLetterProcessor(GROUP).orElseThrow();
        assertThat(retry.process(letter -> letter.message().getIdentifier()
                .equals(letters.get(0).message().getIdentifier()))).isFalse();
        assertThat(letters(queue, poisoned)).hasSize(1);
        OrganizationId afterRetry = new OrganizationId(UUID.randomUUID());
        commands.sendAndWait(new RegisterOrganization(afterRetry, "Школа после повтора", "Город", region),
                administrator);
        await().atMost(Duration.ofSeconds(10)).until(() -> directory(region).contains(afterRetry.value()));

        List<String> sentIds = new ArrayList<>(later.stream().map(OrganizationId::toString).toList());
        sentIds.add(poisoned.toString());
        long stored = jdbc.sql("SELECT count(DISTINCT aggregateidentifier) FROM domainevententry"
                + " WHERE aggregateidentifier IN (:ids)").param("ids", sentIds).query(Long.class).single();
        FaultReport.record(new FaultReport.Row("NUL in an organization's name: its event parked, the 20 registered"
                + " after it listed (recovery: until the last of them was listed)", sentIds.size(), stored, 0,
                sentIds.size() - stored, listed));

        // the operator sees it listed, and evicts it: a letter left behind would keep the health DEGRADED
        ParkedEvent parked = deadLetters.of(GROUP).parked().stream()
                .filter(letter -> poisoned.toString().equals(letter.aggregateId()))
                .collect(Collectors.toList()).get(0);
        assertThat(parked.causeMessage()).containsIgnoringCase("0x00");
        assertThat(deadLetters.evict(GROUP, parked, "Имя с символом NUL не сохранить",
                MetaData.from(new Actor("operator", ActorRole.OPERATOR, null, null, null).asMetaData()))).isPresent();
        assertThat(queue.contains(poisoned.value().toString())).isFalse();
    }

    private static List<DeadLetter<? extends EventMessage<?>>> letters(SequencedDeadLetterQueue<EventMessage<?>> queue,
                                                                     OrganizationId organization) {
        return StreamSupport.stream(queue.deadLetterSequence(organization.value().toString()).spliterator(), false)
                .toList();
    }

    private Set<UUID> directory(String region) {
        return queries.query(new FindOrganizations(region, null),
                        ResponseTypes.multipleInstancesOf(OrganizationSummary.class)).join().stream()
                .map(OrganizationSummary::organizationId).collect(Collectors.toSet());
    }
}
