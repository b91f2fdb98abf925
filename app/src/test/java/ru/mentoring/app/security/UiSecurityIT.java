package ru.mentoring.app.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.mentoring.api.access.Places;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.app.ApiClient;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.ProgramScenario;
import ru.mentoring.app.TestSchool;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who gets into the admin UI and how far: strangers are sent to the sign-in form, while the API answers them 401
 * (it takes bearer tokens, not the form) and health stays open; the first user is the installation's operator with
 * a hashed password; an auditor may read but not send commands, and a stale form is told apart from a refusal; and a school's curator finds another school's
 * program and pair as pages that do not exist, while their own program opens.
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

    @Autowired
    CommandGateway commands;

    @Autowired
    Places places;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JWKSource<SecurityContext> keys;

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
    void theApiAnswersStrangers401InsteadOfTheSignInFormAndHealthStaysOpen() throws Exception {
        HttpResponse<String> programs = get("/api/programs");
        assertThat(programs.statusCode()).isEqualTo(401);
        assertThat(programs.headers().firstValue("Location")).isEmpty();
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);

        TestSchool school = TestSchool.register(commands, "Школа проверки входа в API");
        ApiClient api = new ApiClient(rest, port, keys);
        HttpHeaders administrator = api.as(school.administrator("admin@api-sign-in"));
        assertThat(api.get("/api/programs", administrator).status()).isEqualTo(200);
        assertThat(api.get("/v3/api-docs", administrator).status()).isEqualTo(200);
    }

    @Test
    void firstUserIsTheInstallationsOperatorWithABcryptHash() {
        UiUser operator = users.loadUserByUsername(adminUsername);

        assertThat(operator.getRole()).isEqualTo(ActorRole.OPERATOR);
        assertThat(operator.getPassword()).startsWith("$2").doesNotContain(adminPassword);
        assertThat(passwords.matches(adminPassword, operator.getPassword())).isTrue();
        assertThat(operator.actor()).isEqualTo(new Actor(adminUsername, ActorRole.OPERATOR, null, null, null));
    }

    @Test
    void anAuditorReadsTheUiButCannotSendCommands() throws Exception {
        TestSchool school = TestSchool.register(commands, "Школа под аудитом");
        String login = "auditor." + school.id().toString().substring(0, 8);
        users.add(new UiUser(login, passwords.encode("audit-2026"), ActorRole.AUDITOR, school.region(), null, null,
                "Аудитор Проверкина", true, false));
        String session = signIn(login, "audit-2026");

        HttpResponse<String> page = get("/ui/programs", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Аудитор Проверкина").doesNotContain("id=\"program-form\"");

        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> create = http.send(HttpRequest.newBuilder(uri("/ui/programs"))
                .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("_csrf", csrf, "organizationId", school.id().toString(),
                        "period", "2026-2027", "title", "Программа аудитора")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(create.body()).contains("недоступны вашей роли");

        // a form whose token is no longer the session's (signed in again meanwhile) is told so, not blamed on the role
        HttpResponse<String> stale = http.send(HttpRequest.newBuilder(uri("/ui/programs"))
                .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("_csrf", "token-of-an-earlier-session", "organizationId",
                        school.id().toString(), "period", "2026-2027", "title", "Программа аудитора")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stale.statusCode()).isEqualTo(403);
        assertThat(stale.body()).contains("Форма устарела").doesNotContain("недоступны вашей роли");
    }

    @Test
    void aCuratorFindsAnotherSchoolsProgramAndPairNowhereWhileTheirOwnProgramOpens() throws Exception {
        TestSchool school = TestSchool.register(commands, "Школа куратора");
        ProgramId own = ProgramId.random();
        commands.sendAndWait(new CreateProgram(own, school.id(), AcademicPeriod.parse("2026-2027"),
                "Программа своей школы"), school.asCurator("curator@own-school"));
        ProgramScenario another = ProgramScenario.withFixedPairs(commands, 1, List.of());
        PairId anothersPair = another.pairs.get(0);
        // the pair opens by a policy a moment after the order that fixes it: until then it lies nowhere
        await().until(() -> places.of(anothersPair.value()), found -> !found.isEmpty());
        String login = "curator." + school.id().toString().substring(0, 8);
        users.add(new UiUser(login, passwords.encode("куратор-2026"), ActorRole.ORGANIZATION_CURATOR, null, null,
                school.id().toString(), "Куратор своей школы", true, false));
        String session = signIn(login, "куратор-2026");

        for (String page : List.of("/ui/programs/" + another.program.value(), "/ui/pairs/" + anothersPair.value())) {
            HttpResponse<String> answer = get(page, session);
            assertThat(answer.statusCode()).as(page).isEqualTo(404);
            assertThat(answer.body()).as(page).contains("Такой страницы нет.")
                    .doesNotContain("Программа наставничества " + another.program);
        }
        // the program page waits for the registry (a projection) to show a program created a moment ago
        await().untilAsserted(() -> {
            HttpResponse<String> ownProgram = get("/ui/programs/" + own.value(), session);
            assertThat(ownProgram.statusCode()).isEqualTo(200);
            assertThat(ownProgram.body()).contains("Программа своей школы");
        });
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> answer = postLogin(adminUsername, "not-the-password");

        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
    }

    private String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = postLogin(username, password);
        // signing in leads to /ui, which sends each role to its first page
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/ui"));
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

    /** A page read in a signed-in session, given by its cookie. */
    private HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
