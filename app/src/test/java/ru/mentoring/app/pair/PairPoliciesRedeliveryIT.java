package ru.mentoring.app.pair;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.ProgramScenario;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pair policies are handed the program's order and a pair's dissolution a second time, as a streaming
 * processor does after a token reset or a stolen segment: the processor gets through both without an error
 * or a dead letter, and neither a pair nor the return of its mentees is stored twice.
 */
class PairPoliciesRedeliveryIT extends ApplicationIT {

    private static final String PAIR_POLICIES = "pair-policies";

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @LocalServerPort
    private int port;

    @Test
    void aReDeliveredOrderAndDissolutionChangeNothing() {
        ApiClient api = new ApiClient(http, port, keys);
        Instant before = Instant.now();
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 2, List.of());
        HttpHeaders curator = api.as(scenario.school.curator("curator@school1"));
        PairId kept = scenario.pairs.get(0);
        PairId dissolved = scenario.pairs.get(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/pairs/" + dissolved.value(), curator)
                .status() == 200);
        assertThat(api.post("/api/pairs/" + dissolved.value() + "/dissolution", """
                {"reason": "Наставник уволился", "dissolvedOn": "2020-11-10"}""", curator).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> returnsOfMentees(scenario) == 1);

        StreamingEventProcessor policies = processing.eventProcessor(PAIR_POLICIES, StreamingEventProcessor.class)
                .orElseThrow();
        policies.shutDown();
        List<String> reset;
        try {
            policies.resetTokens(source -> source.createTokenAt(before));
            reset = storedTokenTypes();
        } finally {
            // whatever happens, the shared application's policies run on for the tests after this one
            policies.start();
        }
        // a segment that had not yet passed the reset point is not replaying, it simply goes on from there
        assertThat(reset).isNotEmpty().anyMatch(type -> type.endsWith("ReplayToken"));

        // a segment's stored token leaves the replay only once every event up to the reset point has committed
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(storedTokenTypes()).noneMatch(type -> type.endsWith("ReplayToken"));
            Collection<EventTrackerStatus> segments = policies.processingStatus().values();
            assertThat(segments).isNotEmpty().noneMatch(EventTrackerStatus::isErrorState);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM deadletterentry WHERE processinggroup = ?")
                .param(PAIR_POLICIES).query(Long.class).single()).isZero();
        for (PairId pair : List.of(kept, dissolved)) {
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM domainevententry
                             WHERE aggregateidentifier = ? AND payloadtype = 'ru.mentoring.api.pair.PairOpened'""")
                    .param(pair.value().toString()).query(Long.class).single()).isOne();
        }
        assertThat(returnsOfMentees(scenario)).isOne();
    }

    private List<String> storedTokenTypes() {
        return jdbc.sql("SELECT coalesce(tokentype, '') FROM tokenentry WHERE processorname = ?")
                .param(PAIR_POLICIES).query(String.class).list();
    }

    private long returnsOfMentees(ProgramScenario scenario) {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                         WHERE aggregateidentifier = ? AND payloadtype = 'ru.mentoring.api.program.MenteesReturnedToBase'""")
                .param(scenario.program.value().toString()).query(Long.class).single();
    }
}
