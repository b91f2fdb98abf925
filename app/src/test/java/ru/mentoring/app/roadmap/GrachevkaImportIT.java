package ru.mentoring.app.roadmap;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApiClient.Answer;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fourth seed road map — Grachevka's municipal plan to 2024 (seed 003, appendix 2), which has no template —
 * imported from a CSV of its first rows as the seed writes them, terms included, by the municipality's
 * coordinator.
 */
class GrachevkaImportIT extends ApplicationIT {

    private static final String REGION = "Ставропольский край (тест импорта)";
    private static final String MUNICIPALITY = "Грачевский муниципальный округ";

    @Autowired
    private CommandGateway commands;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @LocalServerPort
    private int port;

    @Test
    void theGrachevkaPlanIsImportedAsItsSeedWritesIt() throws IOException {
        ApiClient api = new ApiClient(http, port, keys);
        // the municipality is known to the application once one of its schools is registered
        TestSchool school = TestSchool.register(commands, "МКОУ СОШ № 1 с. Грачевка", MUNICIPALITY, REGION);
        HttpHeaders coordinator = api.as(school.coordinator("gritsenko@grachevka"));
        String municipality = new TerritoryId(TerritoryLevel.MUNICIPALITY, REGION, MUNICIPALITY).uuid().toString();
        Answer created = api.post("/api/road-maps", """
                {"level": "MUNICIPALITY", "ownerId": "%s", "period": "2022-2024",
                 "title": "План реализации Положения о системе (целевой модели) наставничества педагогических \
                работников в образовательных организациях Грачевского муниципального округа до 2024 года"}"""
                .formatted(municipality), coordinator);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String roadMap = created.body().path("id").asText();
        assertThat(api.post("/api/road-maps/" + roadMap + "/sections", """
                {"title": "Правовое, управленческое и организационно-методическое обеспечение"}""", coordinator)
                .status()).isEqualTo(204);

        String csv;
        try (InputStream in = getClass().getResourceAsStream("/seeds/grachevka-plan-2022-2024.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(coordinator);
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        ResponseEntity<String> imported = http.exchange("http://localhost:" + port + "/api/road-maps/" + roadMap
                + "/sections/1/items", HttpMethod.POST, new HttpEntity<>(csv, headers), String.class);
        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(201);

        JsonNode items = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/road-maps/" + roadMap + "/items", coordinator).body(), body -> body.size() == 3);
        assertThat(items.findValuesAsText("number")).containsExactly("1.1.1", "2.21", "2.3");
        assertThat(items.get(0).path("activity").asText()).startsWith("Изучение федеральной и региональной");
        assertThat(items.get(0).path("term").asText()).isEqualTo("01.04.2022 – 28.04.2022");
        assertThat(items.get(2).path("term").asText()).isEqualTo("01.04.2022, далее ежегодно");
    }
}
