package ru.mentoring.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.app.ApplicationIT;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in guards the admin UI only: the API stays open to header-named actors, the first administrator
 * exists with a hashed password, and an auditor may read but not send commands.
 */
class UiSecurityIT extends ApplicationIT {

    @LocalServerPort
    int port;

    @Value("${mentoring.ui.first-admin.username}")
    String adminUsername;

    @Value("${mentoring.ui.first-admin.password}")
    String adminPassword;

    @Autowired
    UiUsers users;

    @Autowired
    PasswordEncoder passwords;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesOfTheUiSendStrangersToTheSignInForm() throws Exception {
        HttpResponse<String> answer = get("/ui/programs");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Вход в систему", "name=\"_csrf\"");
    }

    @Test
    void theStylesheetAndHtmxLoadBeforeSigningIn() throws Exception {
        HttpResponse<String> css = get("/css/admin.css");
        HttpResponse<String> htmx = get("/webjars/htmx.org/dist/htmx.min.js");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("htmx");
    }

    @Test
    void theApiActuatorAndOpenApiNeedNoSignIn() throws Exception {
        assertThat(get("/api/programs").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void firstAdministratorIsARegionalAdministratorWithABcryptHash() {
        UiUser admin = users.loadUserByUsername(adminUsername);

        assertThat(admin.getRole()).isEqualTo(ActorRole.REGIONAL_ADMINISTRATOR);
        assertThat(admin.getPassword()).startsWith("$2").doesNotContain(adminPassword);
        assertThat(passwords.matches(adminPassword, admin.getPassword())).isTrue();
        assertThat(admin.actor()).isEqualTo(new Actor(adminUsername, ActorRole.REGIONAL_ADMINISTRATOR, null, null, null));
    }

    @Test
    void anAuditorReadsTheUiButCannotSendCommands() throws Exception {
        users.add(new UiUser("auditor@region", passwords.encode("audit-2026"), ActorRole.AUDITOR, null,
                "Аудитор Проверкина", true));
        String session = signIn("auditor@region", "audit-2026");

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/ui/programs"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Аудитор Проверкина").doesNotContain("id=\"program-form\"");

        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> create = http.send(HttpRequest.newBuilder(uri("/ui/programs"))
                .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("_csrf", csrf, "organizationId", "3f1c2a64-8a5e-4d1b-9c7e-2b0f6a1d4e55",
                        "period", "2026-2027", "title", "Программа аудитора")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(create.statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> answer = postLogin(adminUsername, "not-the-password");

        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
    }

    private String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = postLogin(username, password);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/ui/programs"));
        return answer.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    private HttpResponse<String> postLogin(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login");
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        return http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("_csrf", csrf, "username", username, "password", password)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
