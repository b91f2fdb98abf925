package ru.mentoring.app.program;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two curators create a program with one title in one organization and year at the same moment: both pass the
 * title check before either has stored its event, so only the lookup table's unique key can tell them apart.
 * One must win, the other must get the domain refusal, never an internal error.
 */
class ProgramTitleRaceIT extends ApplicationIT {

    private static final int ROUNDS = 5;

    @Autowired
    private TestRestTemplate http;
    @LocalServerPort
    private int port;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;

    private ApiClient api;
    private TestSchool school;
    private HttpHeaders curator;

    @BeforeEach
    void registerSchool() {
        api = new ApiClient(http, port, keys);
        school = TestSchool.register(commands, "МБОУ «СОШ № 7»");
        curator = api.as(school.curator("petrova@school7"));
    }

    @Test
    void twoCreatesOfOneTitleAtOnceGiveOneProgramAndOneRefusal() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String title = "Программа наставничества, попытка " + round;
                String body = """
                        {"organizationId": "%s", "period": "2024-2025", "title": "%s"}"""
                        .formatted(school.id().value(), title);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Answer>> answers = List.of(
                        pool.submit(() -> postAfter(start, body)),
                        pool.submit(() -> postAfter(start, body)));

                List<Answer> done = List.of(answers.get(0).get(30, TimeUnit.SECONDS),
                        answers.get(1).get(30, TimeUnit.SECONDS));
                assertThat(done).extracting(Answer::status).as("round %d", round)
                        .containsExactlyInAnyOrder(201, 422);
                Answer refused = done.stream().filter(answer -> answer.status() == 422).findFirst().orElseThrow();
                assertThat(refused.body().path("code").asText()).isEqualTo("program.already-exists");
                assertThat(refused.body().path("detail").asText()).contains("уже есть программа «" + title + "»");
                assertThat(programsCreatedWith(title)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Answer postAfter(CyclicBarrier start, String body) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        return api.post("/api/programs", body, curator);
    }

    private long programsCreatedWith(String title) {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                         WHERE payloadtype = 'ru.mentoring.api.program.ProgramCreated'
                           AND convert_from(payload, 'UTF8')::jsonb ->> 'title' = ?
                           AND convert_from(payload, 'UTF8')::jsonb ->> 'organizationId' = ?""")
                .params(title, school.id().value().toString())
                .query(Long.class)
                .single();
    }
}
