package ru.mentoring.app.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.RecordMeeting;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.ProgramScenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every projection replayed from the event store ends with exactly the rows it had before, while the API
 * keeps answering during the replay. Replays are the installation's operator's to start and watch.
 */
class ProjectionRebuildIT extends ApplicationIT {

    private static final Actor OPERATOR = new Actor("operator", ActorRole.OPERATOR, null, null, null);

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @LocalServerPort
    private int port;

    @Test
    void rebuiltProjectionsEqualTheLiveOnes() {
        ApiClient api = new ApiClient(http, port, keys);
        HttpHeaders operator = api.as(OPERATOR);
        // no feedback dates: a deadline firing between the two snapshots would change the figures, not the replay
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 3, List.of());
        UUID program = scenario.program.value();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM pair_progress WHERE program_id = ?").param(program).query(Long.class)
                .single() == 3);
        commands.sendAndWait(new RecordMeeting(scenario.pairs.get(0), MeetingType.ORGANIZATIONAL,
                        LocalDate.of(2020, 10, 5), MeetingFormat.ONLINE, "Знакомство", null, Instant.now()),
                scenario.school.asCurator("curator"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "SELECT meetings_organizational FROM pair_progress WHERE pair_id = ?")
                .param(scenario.pairs.get(0).value())
                .query(Integer.class).optional().orElse(0) == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/admin/projections", operator).body()
                .findValuesAsText("percent").stream().allMatch("100"::equals));
        Map<String, List<Map<String, Object>>> before = rows(program);
        assertThat(before.get("participant_base")).hasSize(6);
        String rowVersionBefore = rowVersion(program);

        assertThat(api.post("/api/admin/projections/all/rebuild", "", operator).status()).isEqualTo(202);
        HttpHeaders curator = api.as(scenario.school.curator("curator"));
        assertThat(api.get("/api/programs/" + program + "/overview", curator).status()).isIn(200, 404);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode statuses = api.get("/api/admin/projections", operator).body();
            assertThat(statuses.findValuesAsText("name")).contains("participant-bases", "pair-progress",
                    "program-overview", "program-registry");
            assertThat(statuses.findValuesAsText("replaying")).containsOnly("false");
            assertThat(statuses.findValuesAsText("percent")).containsOnly("100");
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(rows(program)).isEqualTo(before));
        // the same figures, written anew: PostgreSQL gives a re-inserted row a new transaction id
        assertThat(rowVersion(program)).isNotEqualTo(rowVersionBefore);

        assertThat(api.post("/api/admin/projections/no-such/rebuild", "", operator).status()).isEqualTo(404);
    }

    /**
     * A segment split in two by the node that holds it, and merged back: the projection then has one segment more,
     * then as many as before, and the request's outcome is kept.
     */
    @Test
    void aSegmentIsSplitAndMergedBack() {
        ApiClient api = new ApiClient(http, port, keys);
        HttpHeaders operator = api.as(OPERATOR);
        String projection = "organization-directory";
        await().atMost(Duration.ofSeconds(20)).until(() -> segments(api, operator, projection).size() == 4
                && segments(api, operator, projection).stream().allMatch(segment -> segment.hasNonNull("owner")));

        ApiClient.Answer split = api.post("/api/admin/projections/" + projection + "/segments/0/split", "", operator);
        assertThat(split.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(segments(api, operator, projection)
                .stream().map(segment -> segment.path("segment").asInt())).containsExactly(0, 1, 2, 3, 4));
        assertThat(outcome(projection)).isEqualTo("SPLIT 0: done");

        assertThat(api.post("/api/admin/projections/" + projection + "/segments/4/merge", "", operator).status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(segments(api, operator, projection)
                .stream().map(segment -> segment.path("segment").asInt())).containsExactly(0, 1, 2, 3));
        assertThat(outcome(projection)).isEqualTo("MERGE 4: done");

        assertThat(api.post("/api/admin/projections/" + projection + "/segments/9/split", "", operator).status())
                .as("a segment the projection does not have").isEqualTo(404);
        assertThat(api.get("/api/admin/projections/nodes", operator).body().path("nodes").size())
                .as("the nodes alive: this one").isEqualTo(1);
    }

    private static List<JsonNode> segments(ApiClient api, HttpHeaders operator, String projection) {
        for (JsonNode status : api.get("/api/admin/projections", operator).body()) {
            if (status.path("name").asText().equals(projection)) {
                List<JsonNode> segments = new java.util.ArrayList<>();
                status.path("segments").forEach(segments::add);
                return segments;
            }
        }
        return List.of();
    }

    private String outcome(String projection) {
        return jdbc.sql("SELECT action || ' ' || segment || ': ' || outcome FROM projection_request "
                + "WHERE processor = ? AND done_at IS NOT NULL ORDER BY id DESC LIMIT 1").param(projection)
                .query(String.class).single();
    }

    private String rowVersion(UUID program) {
        return jdbc.sql("SELECT xmin::text FROM participant_base WHERE program_id = ? ORDER BY person_id LIMIT 1")
                .param(program).query(String.class).single();
    }

    private Map<String, List<Map<String, Object>>> rows(UUID program) {
        return Map.of(
                "participant_base", select("SELECT * FROM participant_base WHERE program_id = ? ORDER BY person_id",
                        program),
                "program_overview", select("SELECT * FROM program_overview WHERE program_id = ?", program),
                "program_registry", select("SELECT * FROM program_registry WHERE program_id = ?", program),
                "pair_progress", select("SELECT * FROM pair_progress WHERE program_id = ? ORDER BY pair_id", program));
    }

    private List<Map<String, Object>> select(String sql, UUID program) {
        return jdbc.sql(sql).param(program).query().listOfRows().stream()
                .map(row -> {
                    Map<String, Object> comparable = new java.util.TreeMap<>();
                    row.forEach((column, value) -> comparable.put(column, value instanceof java.sql.Array array
                            ? arrayText(array) : value));
                    return (Map<String, Object>) comparable;
                })
                .toList();
    }

    private static String arrayText(java.sql.Array array) {
        try {
            Object[] values = (Object[]) array.getArray();
            return java.util.Arrays.stream(values).map(String::valueOf).sorted().toList().toString();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
