package ru.mentoring.app.roadmap;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.*;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.ProgramScenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The organization section of Kogalym's road map (seed 004, appendix 1) made from its template for one school,
 * its lifecycle items bound to a real program of that school, and the program driven to completion: each bound
 * item is completed by the program's own event, and the progress projection counts them. The school's curator
 * does the work; the region's auditor reads the plan's past.
 */
class KogalymRoadMapWithProgramIT extends ApplicationIT {

    private static final String CURATOR_LOGIN = "sharafutdinova@school1";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @LocalServerPort
    private int port;
    @Autowired
    private CommandGateway commands;

    private ApiClient api;
    private HttpHeaders curator;
    private MetaData curatorMetaData;
    private String roadMap;

    @Test
    void theProgramsMilestonesCompleteTheBoundItems() {
        api = new ApiClient(http, port, keys);
        // preparation and matching: the bases are formed and the pairs fixed before the items are bound
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 2, List.of());
        curator = api.as(scenario.school.curator(CURATOR_LOGIN));
        curatorMetaData = scenario.school.asCurator(CURATOR_LOGIN);
        Answer created = api.post("/api/road-maps/from-template", """
                {"templateCode": "kogalym-2020-organization", "ownerId": "%s", "period": "2026-2027"}"""
                .formatted(scenario.school.id().value()), curator);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        roadMap = created.body().path("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/road-maps/" + roadMap + "/items", curator)
                .body().size() == 35);

        ProgramId program = scenario.program;
        bind("7", program, ProgramMilestone.MENTEE_BASE_FORMED);
        bind("11", program, ProgramMilestone.MENTOR_BASE_FORMED);
        bind("19", program, ProgramMilestone.PAIRS_FIXED);
        // the final stages are bound first, reached later
        bind("26", program, ProgramMilestone.FINAL_EVENT_HELD);
        bind("30", program, ProgramMilestone.MONITORING_REPORT_SUBMITTED);
        awaitDone("7", "11", "19");
        assertThat(item("26").path("status").asText()).isEqualTo("PLANNED");
        Instant beforeTheFinalStages = Instant.now();

        drive(scenario);

        awaitDone("7", "11", "19", "26", "30");
        assertThat(item("26").path("evidenceEvent").asText()).isNotBlank();
        assertThat(item("20").path("status").asText()).isEqualTo("PLANNED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode total = api.get("/api/road-maps/" + roadMap + "/progress", curator).body().path("total");
            assertThat(total.path("items").asInt()).isEqualTo(35);
            assertThat(total.path("done").asInt()).isEqualTo(5);
            assertThat(total.path("percentDone").asDouble()).isEqualTo(14.3);
        });

        // the auditor's view: the plan as it was before the final stages, and its history intact
        HttpHeaders auditor = api.as(scenario.school.auditor("auditor@region"));
        JsonNode then = api.get("/api/audit/road-maps/" + roadMap + "/as-of?at=" + beforeTheFinalStages, auditor)
                .body();
        assertThat(then.path("done").asInt()).isEqualTo(3);
        assertThat(then.path("items")).hasSize(35);
        assertThat(api.get("/api/audit/road-maps/" + roadMap + "/as-of?at=" + Instant.now(), auditor).body()
                .path("done").asInt()).isEqualTo(5);
        JsonNode verification = api.get("/api/audit/road-maps/" + roadMap + "/verification", auditor).body();
        assertThat(verification.path("intact").asBoolean()).isTrue();
    }

    private void drive(ProgramScenario scenario) {
        ProgramId program = scenario.program;
        send(new AdvanceProgramStage(program, ProgramStage.MEETINGS));
        send(new AdvanceProgramStage(program, ProgramStage.FINAL));
        List<PersonId> everyone = new ArrayList<>(scenario.mentees);
        everyone.addAll(scenario.mentors);
        send(new RecordFinalEvent(program, LocalDate.of(2027, 5, 20), "Торжественное мероприятие",
                Set.copyOf(everyone)));
        send(new AdvanceProgramStage(program, ProgramStage.MONITORING));
        send(new RecordSatisfaction(program, scenario.mentees.get(0), 90, LocalDate.of(2027, 5, 25)));
        send(new RecordSatisfaction(program, scenario.mentors.get(0), 85, LocalDate.of(2027, 5, 25)));
        for (PersonId mentee : scenario.mentees) {
            send(new RecordFinalAssessment(program, mentee, Map.of("успеваемость", 75), LocalDate.of(2027, 5, 27)));
        }
        send(new SubmitMonitoringReport(program, LocalDate.of(2027, 11, 20), "Форма мониторинга 2026-2027"));
        send(new AdvanceProgramStage(program, ProgramStage.COMPLETED));
    }

    private void send(Object command) {
        commands.sendAndWait(command, curatorMetaData);
    }

    private void bind(String number, ProgramId program, ProgramMilestone milestone) {
        Answer bound = api.post("/api/road-maps/" + roadMap + "/items/" + item(number).path("itemId").asText()
                + "/milestone", """
                {"programId": "%s", "milestone": "%s"}""".formatted(program, milestone), curator);
        assertThat(bound.status()).as(bound.body().toString()).isEqualTo(204);
    }

    private JsonNode item(String number) {
        for (JsonNode item : api.get("/api/road-maps/" + roadMap + "/items", curator).body()) {
            if (item.path("number").asText().equals(number)) {
                return item;
            }
        }
        throw new AssertionError("no item " + number);
    }

    private void awaitDone(String... numbers) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String number : numbers) {
                assertThat(item(number).path("status").asText()).as("item " + number).isEqualTo("DONE");
            }
        });
    }
}
