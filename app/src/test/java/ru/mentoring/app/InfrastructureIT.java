package ru.mentoring.app;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.AppointCurator;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.app.deadlines.KeyedDeadlineManager;
import ru.mentoring.command.common.DomainRuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application runs on the persistence the design fixes: Axon's JDBC components on PostgreSQL with the
 * schema from Flyway, Jackson everywhere (snapshots too), db-scheduler deadlines, and every projection on a pooled
 * streaming processor with a dead-letter queue.
 */
class InfrastructureIT extends ApplicationIT {

    @Autowired
    private EventStorageEngine eventStorageEngine;
    @Autowired
    private EventProcessorProperties processorProperties;
    @Autowired
    private TokenStore tokenStore;
    @Autowired
    private SagaStore<?> sagaStore;
    @Autowired
    private DeadlineManager deadlineManager;
    @Autowired
    private Serializer serializer;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;
    @Autowired
    @Qualifier("messageSerializer")
    private Serializer messageSerializer;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private CommandGateway commands;

    @Test
    void storesEventsTokensSagasAndDeadlinesInPostgres() {
        assertThat(eventStorageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(sagaStore).isInstanceOf(JdbcSagaStore.class);
        assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class)
                .isInstanceOf(KeyedDeadlineManager.class);
    }

    @Test
    void serializesEverythingWithJackson() {
        assertThat(serializer).isInstanceOf(JacksonSerializer.class);
        assertThat(eventSerializer).isInstanceOf(JacksonSerializer.class);
        assertThat(messageSerializer).isInstanceOf(JacksonSerializer.class);
    }

    @Test
    void everyProjectionRunsPooledWithADeadLetterQueue() {
        Map<String, EventProcessor> processors = processing.eventProcessors();
        assertThat(processors).containsKeys("program-registry", "road-map-progress", "road-map-milestones");
        processors.forEach((name, processor) -> {
            if (name.equals("event-seal")) {
                // the global chain is sealed one event after another: one segment, one thread, never parked
                assertThat(processor).isInstanceOf(TrackingEventProcessor.class);
                assertThat(((TrackingEventProcessor) processor).maxCapacity()).isOne();
                assertThat(processing.deadLetterQueue(name)).isEmpty();
            } else if (processor instanceof SubscribingEventProcessor) {
                // only command-side lookups (titles, where things lie) and the audit hash chain run in the
                // command's transaction
                assertThat(name).as("subscribing processor")
                        .isIn("program-titles", "access-places", "event-hash-chain");
            } else {
                assertThat(processor).as(name).isInstanceOf(PooledStreamingEventProcessor.class);
                assertThat(processing.deadLetterQueue(name)).as("dead-letter queue of " + name)
                        .containsInstanceOf(JdbcSequencedDeadLetterQueue.class);
                // the group's own invoker configuration (a letter retried in its own transaction) must keep what
                // application.yml asks for: without the cache every event handled queried the dead-letter table
                EventHandlerInvoker invoker = ((PooledStreamingEventProcessor) processor).eventHandlerInvoker();
                List<EventHandlerInvoker> invokers = invoker instanceof MultiEventHandlerInvoker multi
                        ? multi.delegates() : List.of(invoker);
                boolean cacheAsked = processorProperties.getProcessors().get(name).getDlq().getCache().isEnabled();
                assertThat(invokers).as(name).isNotEmpty().allSatisfy(each -> {
                    assertThat(each).isInstanceOf(DeadLetteringEventHandlerInvoker.class);
                    assertThat(ReflectionTestUtils.getField(each, "sequenceIdentifierCacheEnabled"))
                            .as("cache of the sequences not parked, " + name).isEqualTo(cacheAsked);
                });
            }
        });
        assertThat(List.of("participant-bases", "pair-progress", "road-map-milestones"))
                .as("projections whose configuration asks for the cache")
                .allMatch(name -> processorProperties.getProcessors().get(name).getDlq().getCache().isEnabled());
    }

    @Test
    void programsAreSnapshottedAndLoadedFromTheirSnapshots() {
        ProgramId program = ProgramId.random();
        PersonId first = new PersonId(UUID.randomUUID());
        PersonId second = new PersonId(UUID.randomUUID());
        TestSchool school = TestSchool.register(commands, "Школа снимков");
        MetaData administrator = regionalAdministratorOf(school);
        commands.sendAndWait(new CreateProgram(program, school.id(), AcademicPeriod.parse("2022-2023"),
                "Программа «Педагог – педагог»"), administrator);
        commands.sendAndWait(new AppointCurator(program, first, "7-о", LocalDate.of(2022, 9, 1)), administrator);
        commands.sendAndWait(new AppointCurator(program, second, "8-о", LocalDate.of(2022, 9, 2)), administrator);

        String snapshot = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM snapshotevententry
                         WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1""")
                .param(program.toString()).query(String.class).single();
        assertThat(ApiClient.parse(snapshot).path("curatorId").asText())
                .isEqualTo(second.value().toString());
        // the snapshot restored the current curator: appointing the same person again is still refused
        assertThatThrownBy(() -> commands.sendAndWait(
                new AppointCurator(program, second, "9-о", LocalDate.of(2022, 9, 3)), administrator))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("уже назначен");
    }

    /**
     * A snapshot of an earlier shape (here one from before the state moved into members, with no revision) is
     * skipped and the program replayed from its events, rather than read into the new shape with the members left
     * empty. The
     * old snapshot here also names the earlier curator, so a program loaded from it would take the current
     * curator's appointment as a new one.
     */
    @Test
    void programSnapshotsOfAnEarlierShapeAreSkippedAndTheEventsReplayed() {
        ProgramId program = ProgramId.random();
        PersonId first = new PersonId(UUID.randomUUID());
        PersonId second = new PersonId(UUID.randomUUID());
        TestSchool school = TestSchool.register(commands, "Школа старых снимков");
        MetaData administrator = regionalAdministratorOf(school);
        commands.sendAndWait(new CreateProgram(program, school.id(), AcademicPeriod.parse("2022-2023"),
                "Программа «Ученик – ученик»"), administrator);
        commands.sendAndWait(new AppointCurator(program, first, "7-о", LocalDate.of(2022, 9, 1)), administrator);
        commands.sendAndWait(new AppointCurator(program, second, "8-о", LocalDate.of(2022, 9, 2)), administrator);
        assertThat(jdbc.sql("""
                        SELECT payloadrevision FROM snapshotevententry
                         WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1""")
                .param(program.toString()).query(String.class).single()).isEqualTo("3");

        String earlierShape = """
                {"programId":"%s","period":"2022-2023","stage":"PREPARATION","curatorId":"%s",
                 "documents":[],"forms":[],"coverageTargetsSet":false,"informingEvents":0}"""
                .formatted(program.value(), first.value());
        int rewritten = jdbc.sql("""
                        UPDATE snapshotevententry SET payload = convert_to(?, 'UTF8'), payloadrevision = NULL
                         WHERE aggregateidentifier = ?""")
                .param(earlierShape).param(program.toString()).update();
        assertThat(rewritten).isPositive();

        assertThatThrownBy(() -> commands.sendAndWait(
                new AppointCurator(program, second, "9-о", LocalDate.of(2022, 9, 3)), administrator))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("уже назначен");
    }

    @Test
    void aSecondStreamForOneIdIsRecognisedAsADuplicateNotAStorageFailure() {
        ProgramId program = ProgramId.random();
        TestSchool school = TestSchool.register(commands, "Школа дубликатов");
        MetaData administrator = regionalAdministratorOf(school);
        commands.sendAndWait(new CreateProgram(program, school.id(), AcademicPeriod.parse("2023-2024"), "Первая"),
                administrator);

        assertThatThrownBy(() -> commands.sendAndWait(
                new CreateProgram(program, school.id(), AcademicPeriod.parse("2023-2024"), "Вторая"), administrator))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void schemaComesFromFlywayMigrations() {
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Long.class).single())
                .isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("""
                        SELECT data_type FROM information_schema.columns
                         WHERE table_name = 'domainevententry' AND column_name = 'payload'""")
                .query(String.class).single()).isEqualTo("bytea");
    }

    private static MetaData regionalAdministratorOf(TestSchool school) {
        return MetaData.from(school.administrator("admin@region").asMetaData());
    }
}
