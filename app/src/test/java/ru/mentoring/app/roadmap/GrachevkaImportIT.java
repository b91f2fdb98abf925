package ru.mentoring.app.roadmap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApplicationIT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fourth seed road map — Grachevka's municipal plan to 2024 (seed 003, appendix 2), which has no template —
 * imported from a CSV of its first rows as the seed writes them, terms included.
 */
class GrachevkaImportIT extends ApplicationIT {

    private static final HttpHeaders COORDINATOR = ApiClient.actor("gritsenko@grachevka", "MUNICIPAL_COORDINATOR",
            null);

    @Autowired
    private TestRestTemplate http;
    @LocalServerPort
    private int port;

    @Test
    void theGrachevkaPlanIsImportedAsItsSeedWritesIt() throws IOException {
        ApiClient api = new ApiClient(http, port);
        Answer created = api.post("/api/road-maps", """
                {"level": "MUNICIPALITY", "ownerId": "%s", "period": "2022-2024",
                 "title": "План реализации Положения о системе (целевой модели) наставничества педагогических \
                работников в образовательных организациях Грачевского муниципального округа до 2024 года"}"""
                .formatted(UUID.randomUUID()), COORDINATOR);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String roadMap = created.body().path("id").asText();
        assertThat(api.post("/api/road-maps/" + roadMap + "/sections", """
                {"title": "Правовое, управленческое и организационно-методическое обеспечение"}""", COORDINATOR)
                .status()).isEqualTo(204);

        String csv;
        try (InputStream in = getClass().getResourceAsStream("/seeds/grachevka-plan-2022-2024.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(COORDINATOR);
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        ResponseEntity<String> imported = http.exchange("http://localhost:" + port + "/api/road-maps/" + roadMap
                + "/sections/1/items", HttpMethod.POST, new HttpEntity<>(csv, headers), String.class);
        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(201);

        JsonNode items = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/road-maps/" + roadMap + "/items").body(), body -> body.size() == 3);
        assertThat(items.findValuesAsText("number")).containsExactly("1.1.1", "2.21", "2.3");
        assertThat(items.get(0).path("activity").asText()).startsWith("Изучение федеральной и региональной");
        assertThat(items.get(0).path("term").asText()).isEqualTo("01.04.2022 – 28.04.2022");
        assertThat(items.get(2).path("term").asText()).isEqualTo("01.04.2022, далее ежегодно");
    }
}
