package ru.mentoring.app.pair;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.ProgramScenario;
import ru.mentoring.api.pair.FindPairJournal;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.OpenPair;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PairJournal;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MentoringForm;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three pairs of one program in three different states, driven over HTTP from their fixing: one completed
 * with its full plan, one at work with half of its plan, one dissolved with its mentee back in the base. Their
 * journals, which the pair's page shows, say the same at once.
 */
class PairLifecycleIT extends ApplicationIT {

    @Autowired
    private TestRestTemplate http;
    @LocalServerPort
    private int port;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private QueryGateway queries;

    private ApiClient api;
    private HttpHeaders curator;

    @Test
    void pairsRunFromFixingToTheirOutcome() {
        api = new ApiClient(http, port, keys);
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 3, List.of());
        curator = api.as(scenario.school.curator("curator@school1"));
        PairId completed = scenario.pairs.get(0);
        PairId working = scenario.pairs.get(1);
        PairId dissolved = scenario.pairs.get(2);
        awaitPair(completed, pair -> assertThat(pair.path("status").asText()).isEqualTo("ACTIVE"));

        // what the opening policy sends when the program's event is delivered again: an open pair takes it as done
        commands.sendAndWait(new OpenPair(completed, scenario.program, MentoringForm.TEACHER_STUDENT,
                InteractionFormat.INDIVIDUAL, null, Set.of(scenario.mentors.get(0)), Set.of(scenario.mentees.get(0)),
                Instant.now(), Instant.now(), Duration.ofDays(30), List.of(), LocalDate.of(2020, 10, 1)),
                scenario.school.asCurator("curator@school1"));
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(completed.value().toString()).query(Long.class).single()).isOne();

        Answer outOfOrder = meeting(completed, "TRIAL");
        assertThat(outOfOrder.status()).isEqualTo(422);
        assertThat(outOfOrder.body().path("detail").asText()).contains("следующей может быть «организационная»");
        // the scenario's order fixed the pairs on 1 October 2020; today is the application clock's Moscow day
        Answer beforeOrder = meeting(completed, "ORGANIZATIONAL", LocalDate.of(2020, 9, 20));
        assertThat(beforeOrder.status()).isEqualTo(422);
        assertThat(beforeOrder.body().path("code").asText()).isEqualTo("pair.meeting-before-fixing-order");
        assertThat(beforeOrder.body().path("detail").asText())
                .contains("датирована 20.09.2020, а пара закреплена приказом от 01.10.2020");
        // two days ahead, so that a run at Moscow midnight cannot make it today
        LocalDate ahead = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(2);
        Answer future = meeting(completed, "ORGANIZATIONAL", ahead);
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body().path("code").asText()).isEqualTo("pair.meeting-in-future");
        assertThat(future.body().path("detail").asText()).contains("позже сегодняшнего дня");

        for (PairId pair : List.of(completed, working)) {
            ok(api.post("/api/pairs/" + pair.value() + "/agreement", "{\"signedOn\": \"2020-10-05\"}", curator));
            ok(meeting(pair, "ORGANIZATIONAL"));
            ok(meeting(pair, "TRIAL"));
            ok(meeting(pair, "PLANNING"));
            ok(api.post("/api/pairs/" + pair.value() + "/plan", """
                    {"activities": [
                      {"title": "Подготовка к олимпиаде", "dueDate": "2020-12-01", "expectedResult": "Участие"},
                      {"title": "Проект «Математика вокруг нас»", "dueDate": "2021-03-01", "expectedResult": "Защита"}],
                     "approvedOn": "2020-10-20"}""", curator));
            ok(meeting(pair, "REGULAR"));
            ok(api.post("/api/pairs/" + pair.value() + "/plan/activities/1/completion", """
                    {"completedOn": "2020-12-01", "evidence": "Диплом участника муниципального этапа"}""", curator));
        }
        ok(api.post("/api/pairs/" + completed.value() + "/plan/activities/2/completion", """
                {"completedOn": "2021-03-01", "evidence": "Проект защищён"}""", curator));
        ok(meeting(completed, "REGULAR"));
        ok(meeting(completed, "FINAL"));
        ok(api.post("/api/pairs/" + completed.value() + "/feedback", """
                {"from": "MENTEE", "personId": "%s", "score": 5, "comment": "Очень помогло", "date": "2021-04-15"}"""
                .formatted(scenario.mentees.get(0).value()), curator));
        ok(api.post("/api/pairs/" + completed.value() + "/feedback", """
                {"from": "MENTOR", "personId": "%s", "score": 4, "date": "2021-04-15"}"""
                .formatted(scenario.mentors.get(0).value()), curator));
        ok(api.post("/api/pairs/" + completed.value() + "/completion", """
                {"outcome": "Призёр олимпиады, проект защищён", "completedOn": "2021-05-20"}""", curator));
        ok(api.post("/api/pairs/" + dissolved.value() + "/dissolution", """
                {"reason": "Наставник уволился", "dissolvedOn": "2020-11-10"}""", curator));

        awaitPair(completed, pair -> {
            assertThat(pair.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(pair.path("planCompletion").asInt()).isEqualTo(100);
            assertThat(pair.path("meetings").path("REGULAR").asInt()).isEqualTo(2);
            assertThat(pair.path("meetings").path("FINAL").asInt()).isOne();
            assertThat(pair.path("feedbackAverages").path("MENTEE").asDouble()).isEqualTo(5.0);
            assertThat(pair.path("feedbackAverages").path("MENTOR").asDouble()).isEqualTo(4.0);
            assertThat(pair.path("outcome").asText()).isEqualTo("Призёр олимпиады, проект защищён");
        });
        awaitPair(working, pair -> {
            assertThat(pair.path("status").asText()).isEqualTo("ACTIVE");
            assertThat(pair.path("planCompletion").asInt()).isEqualTo(50);
            assertThat(pair.path("agreementSignedOn").asText()).isEqualTo("2020-10-05");
            assertThat(pair.path("needsAttention").asBoolean()).isFalse();
        });
        awaitPair(dissolved, pair -> assertThat(pair.path("status").asText()).isEqualTo("DISSOLVED"));

        String program = scenario.program.value().toString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode unmatched = api.get("/api/bases/mentees?programId=" + program + "&pairStatus=UNMATCHED",
                    curator).body();
            assertThat(unmatched.path("items").findValuesAsText("personId"))
                    .containsExactly(scenario.mentees.get(2).value().toString());
            assertThat(api.get("/api/programs/" + program + "/overview", curator).body().path("pairsFixed").asInt())
                    .isEqualTo(2);
        });
        JsonNode all = api.get("/api/programs/" + program + "/pairs", curator).body();
        assertThat(all.findValuesAsText("status")).containsExactlyInAnyOrder("COMPLETED", "ACTIVE", "DISSOLVED");
        assertThat(api.get("/api/programs/" + program + "/pairs?attention=true", curator).body()).isEmpty();

        PairJournal done = journal(completed);
        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.outcome()).isEqualTo("Призёр олимпиады, проект защищён");
        assertThat(done.endedOn()).isEqualTo(LocalDate.of(2021, 5, 20));
        assertThat(done.meetings()).extracting(PairJournal.Meeting::type).containsExactly(MeetingType.ORGANIZATIONAL,
                MeetingType.TRIAL, MeetingType.PLANNING, MeetingType.REGULAR, MeetingType.REGULAR, MeetingType.FINAL);
        assertThat(done.activities()).extracting(PairJournal.Activity::evidence)
                .containsExactly("Диплом участника муниципального этапа", "Проект защищён");
        assertThat(done.feedback()).extracting(PairJournal.Feedback::comment).containsExactly("Очень помогло", null);
        PairJournal atWork = journal(working);
        assertThat(atWork.status()).isEqualTo("ACTIVE");
        assertThat(atWork.agreementSignedOn()).isEqualTo(LocalDate.of(2020, 10, 5));
        assertThat(atWork.planRevision()).isOne();
        assertThat(atWork.activities()).extracting(PairJournal.Activity::done).containsExactly(true, false);
        PairJournal ended = journal(dissolved);
        assertThat(ended.status()).isEqualTo("DISSOLVED");
        assertThat(ended.outcome()).isEqualTo("Наставник уволился");
        assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2020, 11, 10));

        Answer afterEnd = meeting(completed, "REGULAR");
        assertThat(afterEnd.status()).isEqualTo(422);
        assertThat(afterEnd.body().path("code").asText()).isEqualTo("pair.not-active");
    }

    private Answer meeting(PairId pair, String type) {
        return meeting(pair, type, LocalDate.of(2020, 10, 12));
    }

    private Answer meeting(PairId pair, String type, LocalDate date) {
        return api.post("/api/pairs/" + pair.value() + "/meetings", """
                {"type": "%s", "date": "%s", "format": "IN_PERSON", "topic": "Встреча: %s"}"""
                .formatted(type, date, type), curator);
    }

    private static void ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(204);
    }

    private PairJournal journal(PairId pair) {
        return queries.query(new FindPairJournal(pair), ResponseTypes.optionalInstanceOf(PairJournal.class)).join()
                .orElseThrow();
    }

    private void awaitPair(PairId pair, Consumer<JsonNode> check) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> check.accept(api.get("/api/pairs/" + pair.value(), curator).body()));
    }
}
