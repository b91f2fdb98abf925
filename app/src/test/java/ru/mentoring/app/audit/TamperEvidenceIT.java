package ru.mentoring.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.audit.EventHashChain;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.AppointCurator;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.ProgramDocumentKind;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.RecordCase;
import ru.mentoring.api.program.RegisterProgramDocument;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.TestDatabase;
import ru.mentoring.app.TestSchool;

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
 * Each attack on the history that someone who can write the database could make, made with SQL as the tables'
 * owner, and what the verification names: one byte of a payload altered; a payload altered and its aggregate's
 * links recomputed as plain SHA-256 (as anyone can); a whole stream deleted with its links; a snapshot forged; the
 * newest events deleted with their links and seals after a checkpoint. The application runs alone on its own
 * database, with its checkpoints in a directory of its own, since the attacks break the store for everyone on it.
 * Each attack but the last puts the rows back as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TamperEvidenceIT {

    private static final LocalDate DAY = LocalDate.of(2021, 8, 27);

    private final TestDatabase database = TestDatabase.fresh();
    private ConfigurableApplicationContext app;
    private Path checkpoints;
    private CommandGateway commands;
    private JdbcClient jdbc;
    private ApiClient api;
    private TestSchool school;
    private MetaData curator;
    private HttpHeaders auditor;
    private HttpHeaders operator;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void start() throws IOException {
        checkpoints = Files.createTempDirectory("checkpoints");
        app = database.start("--mentoring.audit.checkpoints.directory=" + checkpoints);
        commands = app.getBean(CommandGateway.class);
        jdbc = app.getBean(JdbcClient.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        api = new ApiClient(new TestRestTemplate(), port, app.getBean(JWKSource.class));
        school = TestSchool.register(commands, "Школа проверки целостности");
        curator = school.asCurator("curator@tamper");
        auditor = api.as(school.auditor("auditor@tamper"));
        operator = api.as(new Actor("operator@tamper", ActorRole.OPERATOR, null, null, null));
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void oneByteOfAPayloadAlteredIsNamedByTheAggregatesChainAndTheGlobalOne() {
        ProgramId program = program();
        assertThat(verification(program).path("intact").asBoolean()).isTrue();
        assertThat(global().path("intact").asBoolean()).isTrue();
        Map<String, Object> row = event(program, 1);
        byte[] payload = (byte[]) row.get("payload");

        jdbc.sql("UPDATE domainevententry SET payload = set_byte(payload, 10, get_byte(payload, 10) # 1) "
                + "WHERE eventidentifier = ?").param(row.get("eventidentifier")).update();

        JsonNode verification = verification(program);
        assertThat(verification.path("intact").asBoolean()).isFalse();
        assertThat(verification.path("brokenAtSequence").asLong()).isOne();
        assertThat(verification.path("message").asText()).contains("событие изменено после записи");
        JsonNode global = global();
        assertThat(global.path("intact").asBoolean()).isFalse();
        assertThat(global.path("brokenEventId").asText()).isEqualTo(row.get("eventidentifier"));
        assertThat(global.path("message").asText()).contains("изменены после записи");

        jdbc.sql("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?")
                .params(payload, row.get("eventidentifier")).update();
        assertThat(global().path("intact").asBoolean()).isTrue();
    }

    @Test
    @Order(2)
    void aPayloadAlteredWithItsAggregatesLinksRecomputedIsNamedByItsSeal() {
        ProgramId program = program();
        String aggregate = program.value().toString();
        List<Map<String, Object>> links = jdbc.sql("SELECT * FROM event_hash_chain WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber").param(aggregate).query().listOfRows();
        Map<String, Object> altered = event(program, 2);

        // the attacker changes a document's number and makes the chain again, as plain SHA-256 links
        jdbc.sql("""
                        UPDATE domainevententry
                           SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '"number":"1-о"',
                                                            '"number":"9-о"'), 'UTF8')
                         WHERE eventidentifier = ?""").param(altered.get("eventidentifier")).update();
        String previous = null;
        for (Map<String, Object> event : jdbc.sql("SELECT * FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber").param(aggregate).query().listOfRows()) {
            String hash = EventHashChain.link(previous, aggregate, (Long) event.get("sequencenumber"),
                    (String) event.get("eventidentifier"), (String) event.get("payloadtype"),
                    (byte[]) event.get("payload"), (byte[]) event.get("metadata"), (String) event.get("timestamp"));
            jdbc.sql("UPDATE event_hash_chain SET hash = ?, key_id = NULL WHERE eventidentifier = ?")
                    .params(hash, event.get("eventidentifier")).update();
            previous = hash;
        }

        JsonNode verification = verification(program);
        assertThat(verification.path("intact").asBoolean()).isFalse();
        assertThat(verification.path("brokenAtSequence").asLong()).isEqualTo(2);
        assertThat(verification.path("message").asText())
                .contains("не совпадает со своей печатью в глобальной цепочке");

        jdbc.sql("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?")
                .params(altered.get("payload"), altered.get("eventidentifier")).update();
        links.forEach(link -> jdbc.sql("UPDATE event_hash_chain SET hash = ?, key_id = ? WHERE eventidentifier = ?")
                .params(link.get("hash"), link.get("key_id"), link.get("eventidentifier")).update());
        assertThat(verification(program).path("intact").asBoolean()).isTrue();
    }

    @Test
    @Order(3)
    void aWholeStreamDeletedWithItsLinksIsNamedNotHidden() {
        ProgramId program = program();
        String aggregate = program.value().toString();
        List<Map<String, Object>> events = jdbc.sql("SELECT * FROM domainevententry WHERE aggregateidentifier = ?")
                .param(aggregate).query().listOfRows();
        List<Map<String, Object>> links = jdbc.sql("SELECT * FROM event_hash_chain WHERE aggregateidentifier = ?")
                .param(aggregate).query().listOfRows();

        jdbc.sql("DELETE FROM snapshotevententry WHERE aggregateidentifier = ?").param(aggregate).update();
        jdbc.sql("DELETE FROM event_hash_chain WHERE aggregateidentifier = ?").param(aggregate).update();
        jdbc.sql("DELETE FROM domainevententry WHERE aggregateidentifier = ?").param(aggregate).update();

        JsonNode verification = verification(program);
        assertThat(verification.path("intact").asBoolean()).isFalse();
        assertThat(verification.path("brokenAtSequence").asLong()).isZero();
        assertThat(verification.path("message").asText()).contains("все события удалены из хранилища");
        JsonNode global = global();
        assertThat(global.path("intact").asBoolean()).isFalse();
        assertThat(global.path("brokenAggregateId").asText()).isEqualTo(aggregate);
        assertThat(global.path("message").asText()).contains("удалено из хранилища");

        for (Map<String, Object> event : events) {
            jdbc.sql("""
                            INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type,
                                                          eventidentifier, metadata, payload, payloadrevision,
                                                          payloadtype, "timestamp")
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(event.get("globalindex"), event.get("aggregateidentifier"), event.get("sequencenumber"),
                            event.get("type"), event.get("eventidentifier"), event.get("metadata"),
                            event.get("payload"), event.get("payloadrevision"), event.get("payloadtype"),
                            event.get("timestamp"))
                    .update();
        }
        for (Map<String, Object> link : links) {
            jdbc.sql("INSERT INTO event_hash_chain (aggregateidentifier, sequencenumber, eventidentifier, hash, key_id) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(link.get("aggregateidentifier"), link.get("sequencenumber"), link.get("eventidentifier"),
                            link.get("hash"), link.get("key_id"))
                    .update();
        }
        assertThat(verification(program).path("intact").asBoolean()).isTrue();
        assertThat(global().path("intact").asBoolean()).isTrue();
    }

    @Test
    @Order(4)
    void aForgedSnapshotIsNotUsedAndTheEventsDecide() {
        ProgramId program = program();
        String aggregate = program.value().toString();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?").param(aggregate)
                .query(Integer.class).single() == 1);

        // the snapshot now says the program is at its last stage, where cases are recorded
        int forged = jdbc.sql("""
                        UPDATE snapshotevententry
                           SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '"stage":"PREPARATION"',
                                                            '"stage":"MONITORING"'), 'UTF8')
                         WHERE aggregateidentifier = ? AND convert_from(payload, 'UTF8') LIKE '%"PREPARATION"%'""")
                .param(aggregate).update();
        assertThat(forged).isOne();

        assertThatThrownBy(() -> commands.sendAndWait(new RecordCase(program, "Кейс", "Описание", null), curator))
                .as("the program is loaded from its events, still in preparation")
                .hasMessageContaining("на этапе «подготовительный»");
    }

    @Test
    @Order(5)
    void theNewestEventsDeletedWithTheirLinksAndSealsAreNamedByTheLastCheckpoint() {
        ProgramId program = program();
        String aggregate = program.value().toString();
        ApiClient.Answer taken = api.post("/api/admin/audit/checkpoints", "", operator);
        assertThat(taken.status()).as(taken.body().toString()).isEqualTo(201);
        String fingerprint = taken.body().path("fingerprint").asText();
        assertThat(fingerprint).matches("[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}");
        try (var files = Files.list(checkpoints)) {
            assertThat(files.toList()).as("written outside the database").isNotEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(api.get("/api/admin/audit/checkpoints/last", operator).body().path("fingerprint").asText())
                .isEqualTo(fingerprint);

        // the program's two newest events, with their links and their seals, the newest of the whole store
        List<String> newest = jdbc.sql("SELECT eventidentifier FROM domainevententry ORDER BY globalindex DESC LIMIT 2")
                .query(String.class).list();
        assertThat(jdbc.sql("SELECT DISTINCT aggregateidentifier FROM domainevententry WHERE eventidentifier IN (?, ?)")
                .params(newest.get(0), newest.get(1)).query(String.class).list()).containsExactly(aggregate);
        for (String table : List.of("event_global_chain", "event_hash_chain", "domainevententry")) {
            jdbc.sql("DELETE FROM " + table + " WHERE eventidentifier IN (?, ?)").params(newest.get(0), newest.get(1))
                    .update();
        }
        jdbc.sql("DELETE FROM snapshotevententry WHERE aggregateidentifier = ?").param(aggregate).update();

        // a checkpoint forged to match the shortened store, sorted first by its name, is not signed with the key
        long head = jdbc.sql("SELECT max(position) FROM event_global_chain").query(Long.class).single();
        String headHash = jdbc.sql("SELECT hash FROM event_global_chain WHERE position = ?").param(head)
                .query(String.class).single();
        JsonNode real = ApiClient.parse(read(newestCheckpoint()));
        write(checkpoints.resolve("checkpoint-999999999999-1.json"), real.toString()
                .replace("\"position\":" + real.path("position").asLong(), "\"position\":" + head)
                .replace(real.path("hash").asText(), headHash));

        JsonNode global = global();
        assertThat(global.path("intact").asBoolean()).isFalse();
        assertThat(global.path("message").asText()).contains("Хранилище короче контрольной точки " + fingerprint)
                .contains("последние события удалены");
        assertThat(global.path("checkpoint").path("fingerprint").asText()).isEqualTo(fingerprint);
        JsonNode verification = verification(program);
        assertThat(verification.path("intact").asBoolean()).isFalse();
        assertThat(verification.path("message").asText()).contains("Хранилище короче контрольной точки");
    }

    /** A program with four events (created, curator appointed, two documents), every one of them sealed. */
    private ProgramId program() {
        ProgramId program = ProgramId.random();
        PersonId person = new PersonId(UUID.randomUUID());
        commands.sendAndWait(new RegisterPerson(person, "Куратор", "Клара", null, null, null, null), curator);
        commands.sendAndWait(new CreateProgram(program, school.id(), AcademicPeriod.parse("2021-2022"),
                "Программа " + program), curator);
        commands.sendAndWait(new AppointCurator(program, person, "1-о", DAY), curator);
        commands.sendAndWait(new RegisterProgramDocument(program, ProgramDocumentKind.IMPLEMENTATION_ORDER, "1-о", DAY,
                null), curator);
        commands.sendAndWait(new RegisterProgramDocument(program, ProgramDocumentKind.PROGRAM_REGULATION, "2-о", DAY,
                null), curator);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM domainevententry e
                         WHERE NOT EXISTS (SELECT FROM event_global_chain g WHERE g.eventidentifier = e.eventidentifier)""")
                .query(Integer.class).single() == 0);
        return program;
    }

    private Map<String, Object> event(ProgramId program, long sequence) {
        return jdbc.sql("SELECT * FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?")
                .params(program.value().toString(), sequence).query().singleRow();
    }

    private JsonNode verification(ProgramId program) {
        ApiClient.Answer answer = api.get("/api/audit/programs/" + program.value() + "/verification", auditor);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    private JsonNode global() {
        ApiClient.Answer answer = api.get("/api/admin/audit/verification", operator);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    private Path newestCheckpoint() {
        try (var files = Files.list(checkpoints)) {
            return files.filter(file -> file.getFileName().toString().startsWith("checkpoint-"))
                    .max(java.util.Comparator.comparing(file -> file.getFileName().toString())).orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
