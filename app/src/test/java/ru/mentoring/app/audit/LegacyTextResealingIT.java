package ru.mentoring.app.audit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mentoring.api.audit.ChainVerification;
import ru.mentoring.api.audit.VerifyEventChain;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.FeedbackGiven;
import ru.mentoring.api.pair.FeedbackSource;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.people.ErasePersonalData;
import ru.mentoring.api.people.ErasureGround;
import ru.mentoring.api.people.PersonalDataErased;
import ru.mentoring.api.program.CaseRecorded;
import ru.mentoring.api.program.MentorAwarded;
import ru.mentoring.api.roadmap.AddRoadMapSection;
import ru.mentoring.api.roadmap.CreateRoadMap;
import ru.mentoring.api.roadmap.EraseResponsibleName;
import ru.mentoring.api.roadmap.ItemContent;
import ru.mentoring.api.roadmap.ItemSchedule;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemId;
import ru.mentoring.api.roadmap.RoadMapItemPlanned;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.app.ProgramScenario;
import ru.mentoring.app.TestDatabase;
import ru.mentoring.query.audit.EventCheckpoints;
import ru.mentoring.query.audit.GlobalChainVerifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A store written partly by a version before crypto-shredding — texts in the clear in a pair's feedback, a
 * program's award and case, a road map's responsible names inside an item's content, an erasure's reason in words
 * — resealed by the owner's one-off task: the texts are sealed about the people they concern, those about someone
 * already erased become unreadable and leave the database, the old names become erasable, the chains verify with a
 * new checkpoint and a signed record is written. The application runs on its own database with its own
 * checkpoints, since the task rewrites the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegacyTextResealingIT {

    private static final LocalDate DAY = LocalDate.of(2021, 3, 1);

    private final TestDatabase database = TestDatabase.fresh();
    private final String marker = "lg" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private ConfigurableApplicationContext app;
    private Path checkpoints;
    private CommandGateway commands;
    private JdbcClient jdbc;
    private EventStore eventStore;
    private TransactionTemplate transactions;

    @BeforeAll
    void start() throws IOException {
        checkpoints = Files.createTempDirectory("checkpoints");
        app = database.start("--mentoring.audit.checkpoints.directory=" + checkpoints);
        commands = app.getBean(CommandGateway.class);
        jdbc = app.getBean(JdbcClient.class);
        eventStore = app.getBean(EventStore.class);
        transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void textsStoredInTheClearAreSealedOnceAndErasureThenReachesThem() {
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 1, List.of());
        PersonId mentor = scenario.mentors.get(0);
        PairId pair = scenario.pairs.get(0);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM domainevententry "
                + "WHERE aggregateidentifier = ?").param(pair.value().toString()).query(Integer.class).single() > 0);
        RoadMapId roadMap = RoadMapId.random();
        RoadMapItemId item = RoadMapItemId.random();
        commands.sendAndWait(new CreateRoadMap(roadMap, RoadMapLevel.ORGANIZATION, scenario.school.id().value(),
                PlanPeriod.parse("2030-2031"), "Дорожная карта"), scenario.school.asCurator("curator@legacy"));
        commands.sendAndWait(new AddRoadMapSection(roadMap, "Подготовка"), scenario.school.asCurator("curator@legacy"));

        // what an earlier version stored: the texts as plain strings, the names inside the item's content
        String teacher = "Петрова " + marker;
        legacy(pair.value().toString(), new FeedbackGiven(pair, FeedbackSource.MENTEE, scenario.mentees.get(0), 5,
                PersonalText.plain("Отзыв: " + marker + " помогла с олимпиадой"), DAY));
        legacy(scenario.program.value().toString(), new MentorAwarded(scenario.program, mentor,
                PersonalText.plain("Грамота: " + marker), DAY));
        legacy(scenario.program.value().toString(), new CaseRecorded(scenario.program, 1,
                PersonalText.plain("Кейс: " + marker), PersonalText.plain("Итоги: " + marker), null, null));
        legacy(roadMap.value().toString(), new RoadMapItemPlanned(roadMap, item, 1, new ItemContent("1", "Семинар",
                null, null, ItemSchedule.between(LocalDate.of(2030, 10, 1), LocalDate.of(2030, 10, 31),
                "октябрь 2030"), List.of(teacher, "методист")), List.of(LocalDate.of(2030, 10, 31))));
        PersonId erasedLongAgo = new PersonId(UUID.randomUUID());
        transactions.executeWithoutResult(status -> eventStore.publish(GenericEventMessage.asEventMessage(
                new PersonalDataErased(erasedLongAgo, null, "Заявление матери: " + marker))));
        // the mentor is erased, as if before keys existed: no key row is left for her
        commands.sendAndWait(new ErasePersonalData(mentor, ErasureGround.SUBJECT_REQUEST),
                scenario.school.asCurator("curator@legacy"));
        jdbc.sql("DELETE FROM personal_key WHERE person_id = ?").param(mentor.value()).update();

        assertThat(DatabaseSearch.find(jdbc, List.of(marker))).as("the old texts are in the clear")
                .containsKey("domainevententry");
        assertThatThrownBy(() -> commands.sendAndWait(new EraseResponsibleName(roadMap, teacher),
                scenario.school.asCurator("curator@legacy")))
                .as("an old name cannot be erased").hasMessageContaining("до того, как имена стали стираемыми");
        LegacyTextResealing resealing = app.getBean(LegacyTextResealing.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> app.getBean(GlobalChainVerifier.class).verify()
                .eventsNotSealed() == 0);
        String before = storeDigest();

        LegacyTextResealing.Outcome dry = resealing.run(true, "owner");

        assertThat(dry.eventsRewritten()).isEqualTo(5);
        assertThat(dry.textsSealed()).as("feedback, award, case title and summary").isEqualTo(4);
        assertThat(dry.namesSealed()).isEqualTo(2);
        assertThat(dry.reasonsDropped()).isOne();
        assertThat(dry.record()).isNull();
        assertThat(storeDigest()).as("a dry run changes nothing").isEqualTo(before);

        String checkpointBefore = app.getBean(EventCheckpoints.class).take().orElseThrow().fingerprint();
        LegacyTextResealing.Outcome done = resealing.run(false, "owner");

        assertThat(done.eventsRewritten()).isEqualTo(5);
        assertThat(done.aggregatesRewritten()).isEqualTo(4);
        assertThat(done.erasedPeopleShredded()).as("the mentor, erased without a key row").isOne();
        assertThat(done.verifiedAfter()).isTrue();
        assertThat(done.checkpointBefore()).isEqualTo(checkpointBefore);
        assertThat(done.checkpointAfter()).isNotEqualTo(checkpointBefore);
        assertThat(done.record()).exists();
        assertThat(done.record().toFile()).content().contains("\"signature\"", checkpointBefore,
                done.checkpointAfter(), "\"eventsRewritten\" : 5");
        assertThat(jdbc.sql("SELECT secret IS NULL FROM personal_key WHERE person_id = ?").param(mentor.value())
                .query(Boolean.class).single()).as("no key is made for someone erased").isTrue();
        for (String aggregate : List.of(pair.value().toString(), scenario.program.value().toString(),
                roadMap.value().toString())) {
            assertThat(verification(aggregate).intact()).as(aggregate).isTrue();
        }
        assertThat(app.getBean(GlobalChainVerifier.class).verify().intact()).isTrue();

        // what was about the mentor reads erased; what was about others stays readable, and the old name is erasable
        assertThat(this.<MentorAwarded>last(scenario.program.value().toString(), MentorAwarded.class).award()
                .erased()).isTrue();
        assertThat(this.<CaseRecorded>last(scenario.program.value().toString(), CaseRecorded.class).summary()
                .erased()).as("a case without a pair is about everyone the program named").isTrue();
        assertThat(this.<FeedbackGiven>last(pair.value().toString(), FeedbackGiven.class).comment().erased())
                .as("a pair's text is about its mentor too").isTrue();
        RoadMapItemPlanned planned = last(roadMap.value().toString(), RoadMapItemPlanned.class);
        assertThat(planned.responsibleNames()).containsExactly(teacher, "методист");
        assertThat(planned.content().responsible()).isEmpty();
        commands.sendAndWait(new EraseResponsibleName(roadMap, teacher), scenario.school.asCurator("curator@legacy"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(DatabaseSearch.find(jdbc, List.of(marker))).as("nothing left in the clear").isEmpty());
        assertThat(this.<RoadMapItemPlanned>last(roadMap.value().toString(), RoadMapItemPlanned.class)
                .responsibleNames()).containsExactly("(удалено)", "методист");

        assertThat(resealing.run(false, "owner").eventsRewritten()).as("a second run finds nothing").isZero();
    }

    @Test
    void aStoreThatDoesNotVerifyIsNotResealed() {
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 1, List.of());
        String program = scenario.program.value().toString();
        String award = "Грамота: " + UUID.randomUUID(); // not the other test's marker, whatever the order
        legacy(program, new MentorAwarded(scenario.program, scenario.mentors.get(0), PersonalText.plain(award), DAY));
        await().atMost(Duration.ofSeconds(20)).until(() -> app.getBean(GlobalChainVerifier.class).verify()
                .eventsNotSealed() == 0);
        Map<String, Object> first = jdbc.sql("SELECT eventidentifier, payload FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND sequencenumber = 1").param(program).query().singleRow();
        jdbc.sql("UPDATE domainevententry SET payload = set_byte(payload, 10, get_byte(payload, 10) # 1) "
                + "WHERE eventidentifier = ?").param(first.get("eventidentifier")).update();
        try {
            assertThatThrownBy(() -> app.getBean(LegacyTextResealing.class).run(false, "owner"))
                    .isInstanceOf(LegacyTextResealing.ResealingRefused.class)
                    .hasMessageContaining("does not verify");
            assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                    + "AND position(convert_to(?, 'UTF8') IN payload) > 0").params(program, award)
                    .query(Integer.class).single()).as("the old text is still as it was").isOne();
        } finally {
            jdbc.sql("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?")
                    .params(first.get("payload"), first.get("eventidentifier")).update();
        }
    }

    /** Appends an event as an earlier version stored it, at the next place of its aggregate's stream. */
    private void legacy(String aggregateId, Object payload) {
        Map<String, Object> last = jdbc.sql("SELECT type, max(sequencenumber) AS sequence FROM domainevententry "
                + "WHERE aggregateidentifier = ? GROUP BY type").param(aggregateId).query().singleRow();
        transactions.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(
                (String) last.get("type"), aggregateId, (Long) last.get("sequence") + 1, payload)));
    }

    @SuppressWarnings("unchecked")
    private <T> T last(String aggregateId, Class<T> type) {
        return (T) eventStore.readEvents(aggregateId, 0L).asStream().map(DomainEventMessage::getPayload)
                .filter(type::isInstance).reduce((first, second) -> second).orElseThrow();
    }

    private ChainVerification verification(String aggregateId) {
        return app.getBean(QueryGateway.class).query(new VerifyEventChain(aggregateId, null),
                ResponseTypes.optionalInstanceOf(ChainVerification.class)).join().orElseThrow();
    }

    private String storeDigest() {
        return jdbc.sql("""
                        SELECT md5(string_agg(encode(payload, 'hex') || payloadtype, ',' ORDER BY globalindex))
                               || (SELECT md5(string_agg(hash, ',' ORDER BY aggregateidentifier, sequencenumber))
                                     FROM event_hash_chain)
                               || (SELECT md5(string_agg(hash, ',' ORDER BY position)) FROM event_global_chain)
                          FROM domainevententry""").query(String.class).single();
    }
}
