package ru.mentoring.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.RegisterOrganization;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.security.UiUsers;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A regional administrator gives a school's curator an account in the browser: refused first with too short a
 * password (the typed login kept), then for a curator without a school and for a login already taken, and the
 * administrator cannot stop their own account. The curator signs in, acts for the school in every command, and
 * is shown a refusal in Russian where only regional staff may go. A curator keeps only their own school's
 * headcounts, registers no schools and rebuilds no projections; the engine's role and name are not given to
 * anyone, nor a password BCrypt would cut; and a curator stopped by the administrator is signed out of a
 * session they have open elsewhere.
 */
class UsersUiIT extends BrowserIT {

    private static final String SCHOOL = "МБОУ «Лицей № 3» г. Сургута";

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    UiUsers users;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void administratorGivesACuratorAnAccountThatActsForTheSchool() {
        OrganizationId school = new OrganizationId(UUID.randomUUID());
        commands.sendAndWait(new RegisterOrganization(school, SCHOOL, "город Сургут",
                        "Ханты-Мансийский автономный округ – Югра"),
                MetaData.from(new Actor("admin@ui-test", ActorRole.REGIONAL_ADMINISTRATOR, null, null, null).asMetaData()));
        String login = "kurator." + UUID.randomUUID().toString().substring(0, 8);

        signInAsAdministrator();
        click(By.linkText("Пользователи"));
        reloadUntil(driver -> !driver.findElements(By.xpath(
                "//select[@id='user-organization']/option[starts-with(text(), '" + SCHOOL + "')]")).isEmpty());
        fill("user-username", login);
        fill("user-fullName", "Смирнова Ольга Петровна");
        choose("user-role", "куратор организации");
        new Select(browser.findElement(By.id("user-organization")))
                .selectByValue(school.value().toString());
        fill("user-password", "короткий");
        submit("user-form");
        assertThat(waitFor(By.cssSelector("#user-form .field.invalid .field-error")).getText())
                .isEqualTo("Пароль — от 10 до 72 символов");
        assertThat(browser.findElement(By.id("user-username")).getDomProperty("value")).isEqualTo(login);
        fill("user-password", "наставник-2026");
        submit("user-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Пользователь " + login + " добавлен.");
        assertThat(browser.findElement(By.cssSelector("#users tr[data-username='" + login + "']")).getText())
                .contains("Смирнова Ольга Петровна", "куратор организации", SCHOOL, "разрешён");
        screenshot("users");

        fill("user-username", login);
        fill("user-fullName", "Другая Ольга");
        fill("user-password", "наставник-2027");
        submit("user-form");
        assertThat(waitFor(By.cssSelector("#user-form .field.invalid .field-error")).getText())
                .isEqualTo("Куратору нужна его организация");
        new Select(browser.findElement(By.id("user-organization"))).selectByValue(school.value().toString());
        fill("user-password", "наставник-2027");
        submit("user-form");
        assertThat(waitFor(By.cssSelector("#user-form .field.invalid .field-error")).getText())
                .isEqualTo("Такой логин уже есть");
        assertThat(browser.findElement(By.cssSelector("#users tr[data-username='" + login + "']")).getText())
                .contains("Смирнова Ольга Петровна");

        click(By.cssSelector("#users tr[data-username='" + adminUsername + "'] button[type=submit]"));
        assertThat(waitFor(By.id("error")).getText()).isEqualTo("Нельзя остановить собственную учётную запись");
        assertThat(browser.findElement(By.cssSelector("#users tr[data-username='" + adminUsername + "']")).getText())
                .contains("разрешён");

        click(By.cssSelector(".topbar form button[type=submit]"));
        signIn(login, "наставник-2026");
        assertThat(browser.findElement(By.cssSelector(".topbar .user")).getText())
                .contains("Смирнова Ольга Петровна", "куратор организации");
        assertThat(browser.findElements(By.linkText("Пользователи"))).isEmpty();
        assertThat(browser.findElement(By.id("organizationId")).getDomProperty("value"))
                .as("a curator's own school is proposed").isEqualTo(school.value().toString());
        fill("period", "2026-2027");
        fill("title", "Программа наставничества лицея № 3");
        submit("program-form");
        waitFor(By.id("checklist"));
        String programId = browser.getCurrentUrl().replaceAll(".*/ui/programs/", "");
        List<Object> organizations = eventStore.readEvents(programId, 0).asStream()
                .map(event -> event.getMetaData().get(Actor.ORGANIZATION)).toList();
        assertThat(organizations).containsExactly(school.value().toString());

        open("/ui/admin/users");
        assertThat(waitFor(By.id("failure")).getText()).contains("недоступны вашей роли");
    }

    @Test
    void aCuratorKeepsOnlyTheirSchoolAndIsSignedOutTheMomentTheyAreStopped() throws Exception {
        OrganizationId own = registerSchool("МБОУ «СОШ № 8» (свой)");
        OrganizationId other = registerSchool("МБОУ «СОШ № 9» (чужой)");
        String login = "kurator." + UUID.randomUUID().toString().substring(0, 8);
        users.add(new UiUser(login, passwords.encode("наставник-2026"), ActorRole.ORGANIZATION_CURATOR,
                own.value().toString(), "Лебедева Анна Сергеевна", true));

        // the curator, signed in elsewhere too
        SignedInClient elsewhere = new SignedInClient(login, "наставник-2026");
        assertThat(elsewhere.get("/ui/programs").statusCode()).isEqualTo(200);
        HttpResponse<String> otherSchool = elsewhere.post("/ui/organizations/" + other.value() + "/headcounts",
                "year=2026&students=900&teachers=60", "/ui/organizations/" + own.value());
        assertThat(otherSchool.body()).contains("Куратор вносит численность только своей организации");
        assertThat(elsewhere.post("/ui/organizations", "name=Новая+школа&municipality=город&region=регион",
                "/ui/organizations/" + own.value()).statusCode()).isEqualTo(403);
        assertThat(elsewhere.post("/ui/admin/projections/organization-directory/rebuild", "",
                "/ui/organizations/" + own.value()).statusCode()).isEqualTo(403);

        signIn(login, "наставник-2026");
        open("/ui/organizations/" + own.value());
        reloadUntil(driver -> !driver.findElements(By.id("headcounts-form")).isEmpty());
        open("/ui/organizations/" + other.value());
        assertThat(waitFor(By.id("organization-name")).getText()).isEqualTo("МБОУ «СОШ № 9» (чужой)");
        assertThat(browser.findElements(By.id("headcounts-form"))).isEmpty();
        open("/ui/organizations");
        waitFor(By.id("filters"));
        assertThat(browser.findElements(By.id("organization-form"))).isEmpty();
        open("/ui/admin/projections");
        assertThat(waitFor(By.id("failure")).getText()).contains("недоступны вашей роли");
        click(By.cssSelector(".topbar form button[type=submit]"));

        signInAsAdministrator();
        open("/ui/admin/users");
        assertThat(new Select(waitFor(By.id("user-role"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("региональный администратор", "муниципальный координатор", "куратор организации",
                        "аудитор");
        fill("user-username", "System");
        fill("user-fullName", "Система");
        choose("user-role", "аудитор");
        fill("user-password", "пароль-из-сорока-русских-букв-и-знаков-ёё");
        submit("user-form");
        assertThat(browser.findElements(By.cssSelector("#user-form .field.invalid .field-error")))
                .extracting(WebElement::getText).containsExactlyInAnyOrder("Это имя занято самой системой",
                        "Пароль не длиннее 72 байт: 72 латинских знака или 36 русских букв");

        click(By.cssSelector("#users tr[data-username='" + login + "'] button[type=submit]"));
        assertThat(waitFor(By.id("notice")).getText()).contains(login);
        assertThat(browser.findElement(By.cssSelector("#users tr[data-username='" + login + "']")).getText())
                .contains("остановлен");
        HttpResponse<String> stopped = elsewhere.get("/ui/programs");
        assertThat(stopped.statusCode()).isEqualTo(302);
        assertThat(stopped.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?stopped"));
        open("/login?stopped");
        assertThat(waitFor(By.id("stopped")).getText())
                .isEqualTo("Ваша учётная запись остановлена администратором; сеанс завершён");
        assertThatThrownBy(() -> new SignedInClient(login, "наставник-2026")).as("a stopped user cannot sign in")
                .isInstanceOf(AssertionError.class).hasMessageContaining("/login?error");
    }

    private OrganizationId registerSchool(String name) {
        OrganizationId school = new OrganizationId(UUID.randomUUID());
        commands.sendAndWait(new RegisterOrganization(school, name, "город Сургут",
                        "Ханты-Мансийский автономный округ – Югра"),
                MetaData.from(new Actor("admin@ui-test", ActorRole.REGIONAL_ADMINISTRATOR, null, null, null).asMetaData()));
        return school;
    }

    /** A second session of a user, signed in over plain HTTP beside the browser's. */
    private final class SignedInClient {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        SignedInClient(String username, String password) throws Exception {
            HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(url("/login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                            + encode(password) + "&_csrf=" + csrf("/login"))).build());
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/ui/programs"));
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
        }

        /** Posts a form with the CSRF token of the page {@code from}, as that page's form would. */
        HttpResponse<String> post(String path, String form, String from) throws Exception {
            String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + csrf(from);
            return send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        private String csrf(String page) throws Exception {
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(page).body());
            assertThat(token.find()).as("a CSRF token on " + page).isTrue();
            return token.group(1);
        }

        private HttpResponse<String> send(HttpRequest request) throws Exception {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
