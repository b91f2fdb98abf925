package ru.mentoring.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.app.TestSchool;
import ru.mentoring.app.digest.DigestSubscriptions;
import ru.mentoring.app.security.UiUser;

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
 * The installation's operator gives a region its administrator in the browser (refused without the region the
 * role needs) and cannot stop their own account; the administrator gives a school's curator an account: refused
 * first with too short a password (the typed login kept), then for a curator without a school and for a login
 * already taken. The curator signs in, acts for the school in every command, and is shown a refusal in Russian
 * where only those who give out accounts may go. A curator keeps only their own school's headcounts, does not see
 * another school's page, registers no schools and rebuilds no projections; the engine's role and name are not
 * given to anyone, nor a password BCrypt would cut; and a curator stopped by the operator is signed out of a
 * session they have open elsewhere.
 */
class UsersUiIT extends BrowserIT {

    private static final String SCHOOL = "МБОУ «Лицей № 3» г. Сургута";
    private static final String REGION = "Ханты-Мансийский автономный округ – Югра";

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    DigestSubscriptions subscriptions;

    @Test
    void operatorGivesTheRegionAnAdministratorWhoGivesACuratorAnAccountThatActsForTheSchool() {
        OrganizationId school = TestSchool.register(commands, SCHOOL, "город Сургут", REGION).id();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String administrator = "admin." + suffix;
        String login = "kurator." + suffix;

        signInAsOperator();
        click(By.linkText("Пользователи"));
        fill("user-username", administrator);
        fill("user-fullName", "Иванов Пётр Сергеевич");
        choose("user-role", "региональный администратор");
        fill("user-region", REGION);
        fill("user-password", "администратор-2026");
        submit("user-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Пользователь " + administrator + " добавлен.");
        assertThat(browser.findElement(By.cssSelector("#users tr[data-username='" + administrator + "']")).getText())
                .contains("Иванов Пётр Сергеевич", "региональный администратор", "разрешён");
        assertThat(users.loadUserByUsername(administrator).actor())
                .isEqualTo(new Actor(administrator, ActorRole.REGIONAL_ADMINISTRATOR, REGION, null, null));

        click(By.cssSelector("#users tr[data-username='" + adminUsername + "'] button[type=submit]"));
        assertThat(waitFor(By.id("error")).getText()).isEqualTo("Нельзя остановить собственную учётную запись");
        assertThat(browser.findElement(By.cssSelector("#users tr[data-username='" + adminUsername + "']")).getText())
                .contains("разрешён");
        signOut();

        signIn(administrator, "администратор-2026");
        click(By.linkText("Пользователи"));
        reloadUntil(driver -> !driver.findElements(By.xpath(
                "//select[@id='user-organization']/option[starts-with(text(), '" + SCHOOL + "')]")).isEmpty());
        fill("user-username", login);
        fill("user-fullName", "Смирнова Ольга Петровна");
        choose("user-role", "куратор организации");
        new Select(browser.findElement(By.id("user-organization"))).selectByValue(school.value().toString());
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
                .isEqualTo("Укажите организацию");
        new Select(browser.findElement(By.id("user-organization"))).selectByValue(school.value().toString());
        fill("user-password", "наставник-2027");
        submit("user-form");
        assertThat(waitFor(By.cssSelector("#user-form .field.invalid .field-error")).getText())
                .isEqualTo("Такой логин уже есть");
        assertThat(browser.findElement(By.cssSelector("#users tr[data-username='" + login + "']")).getText())
                .contains("Смирнова Ольга Петровна");
        signOut();

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

        // the curator's own digest: a malformed address refused beside the field, then given, then turned off
        click(By.linkText("Сводка"));
        fill("digest-email", "не адрес");
        submit("digest-form");
        assertThat(waitFor(By.cssSelector("#digest-form .field.invalid .field-error")).getText())
                .isEqualTo("Адрес электронной почты записан неверно");
        fill("digest-email", "smirnova@lyceum3.example.ru");
        submit("digest-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Настройка сводки сохранена.");
        assertThat(browser.findElement(By.id("digest-email")).getDomProperty("value"))
                .isEqualTo("smirnova@lyceum3.example.ru");
        screenshot("digest");
        click(By.id("digest-enabled"));
        submit("digest-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Настройка сводки сохранена.");
        assertThat(browser.findElement(By.id("digest-enabled")).isSelected()).isFalse();
        DigestSubscriptions.Setting digest = subscriptions.of(login);
        assertThat(digest.email()).isEqualTo("smirnova@lyceum3.example.ru");
        assertThat(digest.enabled()).isFalse();

        open("/ui/admin/users");
        assertThat(waitFor(By.id("failure")).getText()).contains("недоступны вашей роли");
    }

    @Test
    void aRegionalAdministratorWithoutARegionIsRefusedBesideTheRegionField() {
        String login = "admin." + UUID.randomUUID().toString().substring(0, 8);
        signInAsOperator();
        open("/ui/admin/users");
        fill("user-username", login);
        fill("user-fullName", "Без Региона");
        choose("user-role", "региональный администратор");
        fill("user-password", "администратор-2026");
        submit("user-form");

        assertThat(waitFor(By.xpath("//form[@id='user-form']//div[contains(@class, 'invalid')]"
                + "[input[@id='user-region']]/span[@class='field-error']")).getText()).isEqualTo("Укажите регион");
        assertThat(browser.findElements(By.cssSelector("#user-form .field.invalid"))).hasSize(1);
        assertThat(browser.findElement(By.id("user-username")).getDomProperty("value")).isEqualTo(login);
        assertThat(browser.findElements(By.cssSelector("#users tr[data-username='" + login + "']"))).isEmpty();
        assertThat(users.all()).extracting(UiUser::getUsername).doesNotContain(login);
    }

    @Test
    void aCuratorKeepsOnlyTheirSchoolAndIsSignedOutTheMomentTheyAreStopped() throws Exception {
        OrganizationId own = TestSchool.register(commands, "МБОУ «СОШ № 8» (свой)", "город Сургут", REGION).id();
        OrganizationId other = TestSchool.register(commands, "МБОУ «СОШ № 9» (чужой)", "город Сургут", REGION).id();
        String login = "kurator." + UUID.randomUUID().toString().substring(0, 8);
        users.add(new UiUser(login, passwords.encode("наставник-2026"), ActorRole.ORGANIZATION_CURATOR, null, null,
                own.value().toString(), "Лебедева Анна Сергеевна", true, false));

        // the curator, signed in elsewhere too
        SignedInClient elsewhere = new SignedInClient(login, "наставник-2026");
        assertThat(elsewhere.get("/ui/programs").statusCode()).isEqualTo(200);
        HttpResponse<String> otherSchool = elsewhere.post("/ui/organizations/" + other.value() + "/headcounts",
                "year=2026&students=900&teachers=60", "/ui/organizations/" + own.value());
        assertThat(otherSchool.statusCode()).isEqualTo(403);
        assertThat(otherSchool.body()).contains("недоступны вашей роли");
        assertThat(elsewhere.post("/ui/organizations", "name=Новая+школа&municipality=город&region=регион",
                "/ui/organizations/" + own.value()).statusCode()).isEqualTo(403);
        assertThat(elsewhere.post("/ui/admin/projections/organization-directory/rebuild", "",
                "/ui/organizations/" + own.value()).statusCode()).isEqualTo(403);

        signIn(login, "наставник-2026");
        open("/ui/organizations/" + own.value());
        reloadUntil(driver -> !driver.findElements(By.id("headcounts-form")).isEmpty());
        open("/ui/organizations/" + other.value());
        assertThat(waitFor(By.id("failure")).getText()).as("another school lies outside a curator's scope")
                .contains("Такой страницы нет.");
        open("/ui/organizations");
        waitFor(By.id("filters"));
        assertThat(browser.findElements(By.id("organization-form"))).isEmpty();
        open("/ui/admin/projections");
        assertThat(waitFor(By.id("failure")).getText()).contains("недоступны вашей роли");
        signOut();

        signInAsOperator();
        open("/ui/admin/users");
        assertThat(new Select(waitFor(By.id("user-role"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("оператор", "региональный администратор", "муниципальный координатор",
                        "куратор организации", "аудитор");
        fill("user-username", "System");
        fill("user-fullName", "Система");
        choose("user-role", "аудитор");
        fill("user-region", REGION);
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

    /** A second session of a user, signed in over plain HTTP beside the browser's. */
    private final class SignedInClient {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        SignedInClient(String username, String password) throws Exception {
            HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(url("/login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                            + encode(password) + "&_csrf=" + csrf("/login"))).build());
            // signing in leads to /ui, which sends each role to its first page
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/ui"));
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
