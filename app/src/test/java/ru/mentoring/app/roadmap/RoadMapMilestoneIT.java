package ru.mentoring.app.roadmap;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramMilestone;
import ru.mentoring.api.program.ProgramMilestoneReached;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Items of the Gymnasium No 2 plan bound to program milestones are completed by the policy when a program
 * event marks the milestone, whether the binding came first or second. The program event is a test-only
 * record: the program lifecycle's own events are built elsewhere.
 */
class RoadMapMilestoneIT extends ApplicationIT {

    /** A program event of the kind the program lifecycle will publish. */
    public record MilestoneReachedForTest(ProgramId programId, ProgramMilestone milestone)
            implements ProgramMilestoneReached {
    }

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @Autowired
    private EventGateway events;
    @LocalServerPort
    private int port;

    private ApiClient api;
    private TestSchool gymnasium;
    private HttpHeaders curator;

    @BeforeEach
    void theGymnasiumIsRegistered() {
        api = new ApiClient(http, port, keys);
        gymnasium = TestSchool.register(commands, "МАОУ «Гимназия № 2»");
        curator = api.as(gymnasium.curator("olehnovich@gymnasium2"));
    }

    private ApiClient api() {
        return api;
    }

    /** The Gymnasium No 2 plan moved to years to come, so that no item goes overdue while the test runs. */
    private String gymnasiumPlan() {
        Answer created = api().post("/api/road-maps/from-template", """
                {"templateCode": "gymnasium2-2021-2022", "ownerId": "%s", "period": "2027-2028"}"""
                .formatted(gymnasium.id().value()), curator);
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("id").asText();
    }

    private JsonNode item(String roadMap, int section, String number) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> find(roadMap, section, number), item -> item != null);
    }

    private JsonNode find(String roadMap, int section, String number) {
        for (JsonNode item : api().get("/api/road-maps/" + roadMap + "/items", curator).body()) {
            if (item.path("sectionNumber").asInt() == section && item.path("number").asText().equals(number)) {
                return item;
            }
        }
        return null;
    }

    private void bind(String roadMap, JsonNode item, ProgramId program, ProgramMilestone milestone) {
        assertThat(api().post("/api/road-maps/" + roadMap + "/items/" + item.path("itemId").asText() + "/milestone", """
                {"programId": "%s", "milestone": "%s"}""".formatted(program, milestone), curator).status())
                .isEqualTo(204);
    }

    private String reach(ProgramId program, ProgramMilestone milestone) {
        EventMessage<MilestoneReachedForTest> event =
                GenericEventMessage.asEventMessage(new MilestoneReachedForTest(program, milestone));
        events.publish(event);
        return event.getIdentifier();
    }

    private void awaitDoneBy(String roadMap, int section, String number, String eventId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode item = find(roadMap, section, number);
            assertThat(item).isNotNull();
            assertThat(item.path("status").asText()).isEqualTo("DONE");
            assertThat(item.path("evidenceEvent").asText()).isEqualTo(eventId);
        });
    }

    @Test
    void pairsFixedByTheProgramCompleteTheBoundItem() throws Exception {
        String roadMap = gymnasiumPlan();
        ProgramId program = ProgramId.random();
        JsonNode pairs = item(roadMap, 1, "5");
        assertThat(pairs.path("activity").asText()).isEqualTo("Формирование наставнических пар / групп");
        bind(roadMap, pairs, program, ProgramMilestone.PAIRS_FIXED);

        String eventId = reach(program, ProgramMilestone.PAIRS_FIXED);

        awaitDoneBy(roadMap, 1, "5", eventId);
        assertThat(find(roadMap, 1, "5").path("milestone").asText()).isEqualTo("PAIRS_FIXED");
        JsonNode metaData = completionMetaData(roadMap);
        assertThat(metaData.path("actorRole").asText()).isEqualTo("SYSTEM");
        assertThat(metaData.path("correlationId").asText()).isEqualTo(eventId);
        assertThat(find(roadMap, 1, "11").path("status").asText()).isEqualTo("PLANNED");
    }

    /** The metadata of the stored completion: who did it and which chain of messages it belongs to. */
    private static JsonNode completionMetaData(String roadMap) throws Exception {
        try (Connection connection = DATABASE.connect();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?""")) {
            select.setString(1, roadMap);
            select.setString(2, "ru.mentoring.api.roadmap.RoadMapItemCompleted");
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return ApiClient.parse(new String(rows.getBytes(1), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void anItemBoundAfterTheFinalEventIsCompletedAtOnce() {
        String roadMap = gymnasiumPlan();
        ProgramId program = ProgramId.random();
        JsonNode finalMeeting = item(roadMap, 1, "11");
        String eventId = reach(program, ProgramMilestone.FINAL_EVENT_HELD);

        bind(roadMap, finalMeeting, program, ProgramMilestone.FINAL_EVENT_HELD);

        awaitDoneBy(roadMap, 1, "11", eventId);
    }
}
