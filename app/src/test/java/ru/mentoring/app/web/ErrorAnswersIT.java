package ru.mentoring.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request refused before any controller (here by the firewall, for an address with an empty segment) is
 * answered in the application's own terms: a problem detail with a code for the API, the Russian error page
 * for the admin UI.
 */
class ErrorAnswersIT extends ApplicationIT {

    @LocalServerPort
    private int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theApiAnswersARejectedAddressWithAProblemDetail() throws Exception {
        HttpResponse<String> answer = get("/api/programs//overview");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.parse(answer.body());
        assertThat(problem.path("code").asText()).isEqualTo("request.invalid");
        assertThat(problem.path("detail").asText()).isEqualTo("Неверный запрос");
    }

    @Test
    void theAdminUiAnswersARejectedAddressWithItsRussianPage() throws Exception {
        HttpResponse<String> answer = get("/ui//programs");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(answer.body()).contains("Неверный адрес страницы или её параметры.").doesNotContain("Whitelabel");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Language", "ru").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
