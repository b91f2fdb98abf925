package ru.mentoring.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.RegisterOrganization;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A regional administrator gives a school's curator an account in the browser: refused first with too short a
 * password (the typed login kept), then for a curator without a school and for a login already taken, and the
 * administrator cannot stop their own account. The curator signs in, acts for the school in every command, and
 * is shown a refusal in Russian where only regional staff may go.
 */
class UsersUiIT extends BrowserIT {

    private static final String SCHOOL = "МБОУ «Лицей № 3» г. Сургута";

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Test
    void administratorGivesACuratorAnAccountThatActsForTheSchool() {
        OrganizationId school = new OrganizationId(UUID.randomUUID());
        commands.sendAndWait(new RegisterOrganization(school, SCHOOL, "город Сургут",
                        "Ханты-Мансийский автономный округ – Югра"),
                MetaData.from(new Actor("admin@ui-test", ActorRole.REGIONAL_ADMINISTRATOR, null).asMetaData()));
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
}
