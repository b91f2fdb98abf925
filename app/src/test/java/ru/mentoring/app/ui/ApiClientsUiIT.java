package ru.mentoring.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.TestSchool;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * «Клиенты API» in the browser: the operator registers a region's reporting service, reads its secret once, the
 * client gets a token with it and reads a report, and once revoked on the page it gets no more tokens.
 */
class ApiClientsUiIT extends BrowserIT {

    private static final String YUGRA = "Ханты-Мансийский автономный округ – Югра";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private CommandGateway commands;

    @Test
    void theOperatorRegistersAReportingServiceThatGetsTokensUntilRevoked() throws Exception {
        // the region has a school, so its report exists (a region nobody knows answers 404)
        TestSchool.register(commands, "МАОУ «Гимназия» (тест клиентов API)", "город Когалым", YUGRA);
        signInAsOperator();
        open("/ui/admin/api-clients");
        fill("client-name", "Витрина отчётов округа");
        choose("client-role", "сервис отчётности");
        fill("client-region", YUGRA);
        submit("client-form");

        String clientId = waitFor(By.id("client-id")).getText();
        String secret = browser.findElement(By.id("client-secret")).getText();
        screenshot("api-client-registered");
        HttpResponse<String> issued = token(clientId, secret);
        assertThat(issued.statusCode()).isEqualTo(200);
        String token = ApiClient.parse(issued.body()).path("access_token").asText();
        await().atMost(PATIENCE).until(() -> http.send(HttpRequest.newBuilder(URI.create(
                        url("/api/v1/reports/kpi?year=2026"))).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode() == 200);

        open("/ui/admin/api-clients");
        assertThat(browser.findElements(By.id("client-secret"))).as("the secret is shown once").isEmpty();
        clickAndAwaitNextPage(browser.findElement(
                By.cssSelector("tr[data-client='" + clientId + "'] form button[type=submit]")));

        assertThat(waitFor(By.id("notice")).getText()).contains(clientId, "отозван");
        assertThat(token(clientId, secret).statusCode()).isEqualTo(401);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/reports/kpi?year=2026")))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> token(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
