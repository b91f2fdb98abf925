package ru.mentoring.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import ru.mentoring.api.common.Actor;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;
import ru.mentoring.app.security.UiUser;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * A control character stops at the edge, wherever it comes in — a JSON body, a query parameter, a form of the
 * admin UI: a 400 naming the field, and no event stored (PostgreSQL refuses NUL in text, so such an event would
 * stall every projection that writes it).
 */
class ControlCharactersIT extends ApplicationIT {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JWKSource<SecurityContext> keys;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private WebApplicationContext context;
    @LocalServerPort
    private int port;

    private ApiClient api;
    private TestSchool school;

    @BeforeEach
    void school() {
        api = new ApiClient(http, port, keys);
        school = TestSchool.register(commands, "Школа управляющих символов");
    }

    @Test
    void aNulInAnOrganizationsNameIsRefusedNamingTheFieldAndNothingIsStored() {
        String marker = UUID.randomUUID().toString();
        ApiClient.Answer answer = api.post("/api/organizations", """
                {"name": "Nul\\u0000School %s", "municipality": "%s", "region": "%s"}"""
                .formatted(marker, school.municipality(), school.region()), api.as(school.administrator("nul@api")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
        assertThat(answer.body().path("code").asText()).isEqualTo("input.invalid");
        JsonNode error = answer.body().path("errors").path(0);
        assertThat(error.path("field").asText()).isEqualTo("name");
        assertThat(error.path("message").asText()).isEqualTo("недопустимый управляющий символ");
        assertThat(eventsMentioning(marker)).isZero();
    }

    @Test
    void aControlCharacterInAMapsKeyIsRefusedNamingTheMap() {
        ApiClient.Answer answer = api.post("/api/programs/" + UUID.randomUUID() + "/participants/" + UUID.randomUUID()
                + "/baseline-assessment", """
                {"scores": {"мотивация\u007f": 10}, "date": "2026-10-01"}""", api.as(school.curator("del@api")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("code").asText()).isEqualTo("input.invalid");
        assertThat(answer.body().path("errors").path(0).path("field").asText()).startsWith("scores");
    }

    @Test
    void aControlCharacterInAnImportedFileIsRefusedByTheCommandBusAndNothingIsStored() {
        HttpHeaders curator = api.as(school.curator("nul@csv"));
        ApiClient.Answer created = api.post("/api/road-maps", """
                {"level": "ORGANIZATION", "ownerId": "%s", "period": "2026-2027", "title": "План"}"""
                .formatted(school.id()), curator);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String roadMap = created.body().path("id").asText();
        assertThat(api.post("/api/road-maps/" + roadMap + "/sections", "{\"title\": \"Раздел\"}", curator).status())
                .isEqualTo(204);
        String marker = UUID.randomUUID().toString();
        String csv = "№;Содержание;Ожидаемый результат;Показатели;Сроки;Ответственные\n"
                + "1.1;Изучение " + marker + ";Изучено;;01.04.2027;Рабочая группа\n"
                + "1.2;Разработка\u0000 " + marker + ";Разработано;;01.05.2027;Рабочая группа\n";
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(curator);
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));

        ResponseEntity<String> imported = http.exchange("http://localhost:" + port + "/api/road-maps/" + roadMap
                + "/sections/1/items", HttpMethod.POST, new HttpEntity<>(csv, headers), String.class);

        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(400);
        JsonNode problem = ApiClient.parse(imported.getBody());
        assertThat(problem.path("code").asText()).isEqualTo("input.invalid");
        assertThat(problem.path("errors").path(0).path("field").asText()).startsWith("items[1].");
        assertThat(eventsMentioning(marker)).isZero();
    }

    @Test
    void aNulInAQueryParameterIsRefusedNamingTheParameter() {
        Actor administrator = school.administrator("nul@query");
        // a URI as sent: a template would encode the percent sign itself
        URI address = URI.create("http://localhost:" + port + "/api/organizations?region=%D0%A0%00");
        ResponseEntity<String> sent = http.exchange(address, HttpMethod.GET, new HttpEntity<>(api.as(administrator)),
                String.class);
        ApiClient.Answer answer = new ApiClient.Answer(sent.getStatusCode().value(), sent.getHeaders(),
                ApiClient.parse(sent.getBody()));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("code").asText()).isEqualTo("input.invalid");
        assertThat(answer.body().path("errors").path(0).path("field").asText()).isEqualTo("region");
    }

    @Test
    void aNulInAFormOfTheAdminUiShowsARussianPageAndStoresNothing() throws Exception {
        Actor curator = school.curator("nul@ui");
        UiUser user = new UiUser(curator.userId(), "{noop}-", curator.role(), null, null, curator.organization(),
                "Куратор", true, false);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String marker = UUID.randomUUID().toString();

        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/ui/road-maps/empty")
                        .with(authentication(new UsernamePasswordAuthenticationToken(user, null,
                                user.getAuthorities())))
                        .with(csrf())
                        .locale(Locale.forLanguageTag("ru"))
                        .param("level", "ORGANIZATION")
                        .param("ownerId", school.id().toString())
                        .param("period", "2026-2027")
                        .param("title", "Карта\u0000" + marker))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("недопустимый управляющий символ").contains("title");
        assertThat(eventsMentioning(marker)).isZero();
    }

    private long eventsMentioning(String marker) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE position(? in convert_from(payload, 'UTF8')) > 0")
                .param(marker)
                .query(Long.class).single();
    }
}
