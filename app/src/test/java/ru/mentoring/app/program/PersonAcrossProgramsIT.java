package ru.mentoring.app.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mentee of 2020-2021 who becomes a mentor in 2021-2022 is one person with one history.
 */
class PersonAcrossProgramsIT extends ApplicationIT {

    @Autowired
    private TestRestTemplate http;
    @LocalServerPort
    private int port;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @Autowired
    private CommandGateway commands;

    @Test
    void theSamePersonIsAMenteeOneYearAndAMentorTheNext() {
        ApiClient api = new ApiClient(http, port, keys);
        TestSchool school = TestSchool.register(commands, "МАОУ СОШ № 7");
        HttpHeaders curator = api.as(school.curator("curator@school7"));
        String person = api.post("/api/people", """
                {"lastName": "Тимофеева", "firstName": "Ульяна", "birthDate": "2005-04-02"}""", curator)
                .body().path("personId").asText();
        String first = program(api, curator, school, "2020-2021");
        String second = program(api, curator, school, "2021-2022");

        assertThat(api.post("/api/programs/" + first + "/mentees", """
                {"personId": "%s", "category": "STUDENT", "age": 15, "request": "Профориентация",
                 "requestSource": "SELF", "enrolledOn": "2020-09-07"}""".formatted(person), curator).status())
                .isEqualTo(204);
        assertThat(api.post("/api/programs/" + second + "/mentors", """
                {"personId": "%s", "category": "STUDENT", "age": 16, "competencies": "Профориентация, проекты",
                 "capacity": 1, "enrolledOn": "2021-09-06"}""".formatted(person), curator).status()).isEqualTo(204);

        JsonNode history = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/bases/people/" + person, curator).body(),
                page -> page.path("totalElements").asInt() == 2);
        assertThat(history.path("items").get(0).path("period").asText()).isEqualTo("2021-2022");
        assertThat(history.path("items").get(0).path("role").asText()).isEqualTo("MENTOR");
        assertThat(history.path("items").get(1).path("role").asText()).isEqualTo("MENTEE");
        assertThat(history.path("items").findValuesAsText("fullName")).containsOnly("Тимофеева Ульяна");

        assertThat(api.post("/api/programs/" + second + "/mentees", """
                {"personId": "%s", "category": "STUDENT", "age": 16, "request": "Математика",
                 "requestSource": "SELF", "enrolledOn": "2021-09-06"}""".formatted(UUID.randomUUID()), curator)
                .body().path("code").asText()).isEqualTo("person.unknown");
    }

    private static String program(ApiClient api, HttpHeaders curator, TestSchool school, String period) {
        return api.post("/api/programs", """
                {"organizationId": "%s", "period": "%s", "title": "Программа наставничества МАОУ СОШ № 7"}"""
                .formatted(school.id(), period), curator).body().path("programId").asText();
    }
}
