package ru.mentoring.app.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curator's way through a program in the browser, never touching the API: the region's administrator registers
 * the school; its curator creates the program, prepares it (documents, curator, forms, targets, informing, a mentee
 * and a mentor with consent — a 13-year-old's own signature refused in the region's words — assessment, interview
 * and training, both bases), moves to matching, accepts the suggested pair, fixes it by order, records the pair's
 * first meeting, and keeps the school's road map made from a template by completing an item.
 */
class ProgramJourneyUiIT extends BrowserIT {

    private static final String SCHOOL = "МАОУ «Средняя школа № 5» г. Когалыма";
    private static final String REGION = "Ханты-Мансийский автономный округ – Югра";

    @Test
    void curatorTakesAProgramFromCreationToItsFirstMeetingAndKeepsItsRoadMap() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        signInAs(new Actor("admin." + suffix, ActorRole.REGIONAL_ADMINISTRATOR, REGION, null, null),
                "Администратор Югры");
        open("/ui/organizations");
        fill("name", SCHOOL);
        fill("municipality", "город Когалым");
        fill("region", REGION);
        click(By.cssSelector("#organization-form button[type=submit]"));
        assertThat(waitFor(By.id("organization-name")).getText()).isEqualTo(SCHOOL);
        String organization = browser.getCurrentUrl().replaceAll(".*/ui/organizations/", "");
        signOut();

        signInAs(new Actor("curator." + suffix, ActorRole.ORGANIZATION_CURATOR, null, null, organization),
                "Куратор школы № 5");
        open("/ui/organizations/" + organization);
        click(By.id("new-program"));
        assertThat(browser.findElement(By.id("organizationId")).getDomProperty("value")).isEqualTo(organization);
        fill("period", "2026-2027");
        fill("title", "Программа наставничества МБОУ «СОШ № 5»");
        click(By.cssSelector("#program-form button[type=submit]"));
        waitFor(By.id("checklist"));
        String programPath = browser.getCurrentUrl().replaceAll(".*(/ui/programs/[0-9a-f-]+).*", "$1");

        click(By.id("tab-preparation"));
        registerDocument("Приказ о внедрении целевой модели наставничества", "15-о");
        registerDocument("Положение о программе наставничества", "16-о");
        registerDocument("Приказ о назначении куратора", "17-о");

        fill("curator-lastName", "Иванова");
        fill("curator-firstName", "");
        fill("curator-orderNumber", "17-о");
        date("curator-orderDate", LocalDate.of(2026, 8, 30));
        submit("curator-form");
        assertThat(waitFor(By.cssSelector("#curator-form .field.invalid .field-error")).getText())
                .isEqualTo("Заполните это поле");
        assertThat(browser.findElement(By.id("curator-lastName")).getDomProperty("value")).isEqualTo("Иванова");
        screenshot("preparation-validation");
        fill("curator-firstName", "Мария");
        submit("curator-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Куратор назначен.");

        click(By.xpath("//form[@id='forms-form']//label[span='педагог – ученик']/input"));
        submit("forms-form");
        fill("coverage-students", "400");
        fill("coverage-teachers", "40");
        submit("coverage-form");
        choose("informing-kind", "Педагогический совет");
        date("informing-date", LocalDate.of(2026, 9, 2));
        fill("informing-attendance", "38");
        submit("informing-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Мероприятие по информированию записано.");
        screenshot("preparation");

        String mentee = enroll(programPath + "/mentees", "mentee", "Соколова", "Анна", "13",
                "mentee-request", "Подготовка к олимпиаде по математике");
        String mentor = enroll(programPath + "/mentors", "mentor", "Петрова", "Ирина", "45",
                "mentor-competencies", "математика, олимпиадная подготовка");
        screenshot("mentors-enrolled");

        open(programPath + "/participants/" + mentee);
        date("consent-date", LocalDate.of(2026, 9, 5));
        assertThat(new Select(browser.findElement(By.id("consent-givenBy"))).getFirstSelectedOption().getText())
                .as("the region's age, 18 by default, preselects the representative").isEqualTo("законный представитель");
        choose("consent-givenBy", "сам участник");
        submit("consent-form");
        assertThat(waitFor(By.cssSelector("#consent .box.error")).getText()).isEqualTo("Участнику 13 лет: в регионе "
                + "«" + REGION + "» за участников младше 18 лет согласие на обработку персональных данных даёт "
                + "законный представитель");
        choose("consent-givenBy", "законный представитель");
        submit("consent-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Согласие записано.");
        fill("baseline-scores", "Мотивация = шестьдесят");
        submit("baseline-form");
        assertThat(waitFor(By.cssSelector("#baseline-form .field-error")).getText())
                .contains("«Мотивация = шестьдесят»");
        fill("baseline-scores", "Мотивация = 60\nУспеваемость = 70");
        submit("baseline-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Входная оценка записана.");

        open(programPath + "/participants/" + mentor);
        choose("consent-givenBy", "сам участник");
        submit("consent-form");
        waitFor(By.id("notice"));
        submit("interview-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Собеседование записано.");
        screenshot("participant");

        open(programPath + "/preparation");
        fill("training-topic", "Роль наставника и этапы работы пары");
        date("training-date", LocalDate.of(2026, 9, 10));
        click(By.xpath("//form[@id='training-form']//label[span='Петрова Ирина']/input"));
        submit("training-form");
        waitFor(By.id("notice"));
        // each answer is a new page with a notice of its own: wait for it, not for the notice of the page before
        clickAndAwaitNextPage(waitFor(By.id("form-mentee-base")));
        clickAndAwaitNextPage(waitFor(By.id("form-mentor-base")));
        assertThat(textOf(By.id("notice"))).isEqualTo("База наставников сформирована.");

        open(programPath);
        WebElement advance = reloadUntil(driver -> driver.findElements(By.cssSelector("#checklist li")).isEmpty()
                ? driver.findElement(By.id("advance")) : null);
        advance.click();
        assertThat(waitFor(By.id("notice")).getText())
                .isEqualTo("Программа переведена на этап «формирование пар и групп».");
        reloadUntil(driver -> driver.findElement(By.id("stage")).getText().equals("формирование пар и групп"));

        click(By.id("tab-matching"));
        fill("meeting-mentorsPresent", "1");
        fill("meeting-menteesPresent", "1");
        submit("group-meeting-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Групповая встреча записана.");
        WebElement suggestion = reloadUntil(driver -> driver.findElements(By.id("suggestions")).isEmpty()
                ? null : driver.findElement(By.id("suggestions")));
        assertThat(suggestion.getText()).contains("Соколова Анна", "Петрова Ирина", "педагог – ученик");
        screenshot("matching");
        click(By.id("accept-suggestion"));
        WebElement proposed = reloadUntil(driver -> driver.findElements(By.id("proposed-pairs")).isEmpty()
                ? null : driver.findElement(By.id("proposed-pairs")));
        assertThat(proposed.getText()).contains("Соколова Анна", "Петрова Ирина");
        fill("order-orderNumber", "");
        submit("fixing-order-form");
        assertThat(waitFor(By.cssSelector("#fixing-order-form .field-error")).getText())
                .isEqualTo("Заполните это поле");
        fill("order-orderNumber", "45-о");
        submit("fixing-order-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Пары и группы закреплены приказом.");
        screenshot("matching-fixed");

        click(By.id("tab-pairs"));
        WebElement pair = reloadUntil(driver -> driver.findElements(By.linkText("Петрова Ирина")).stream()
                .findFirst().orElse(null));
        pair.click();
        // the order was dated today by its form's default: the meeting keeps its form's default date, today, as a
        // meeting may not precede the order that fixed the pair nor lie ahead of today
        String today = browser.findElement(By.id("meetingDate")).getDomProperty("value");
        fill("meetingTopic", "Знакомство, правила работы пары");
        submit("meeting-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Встреча записана.");
        assertThat(browser.findElement(By.id("meeting-list")).getText()).contains("организационная",
                LocalDate.parse(today).format(DateTimeFormatter.ofPattern("dd.MM.uuuu")),
                "Знакомство, правила работы пары");
        screenshot("journey-pair");

        open("/ui/road-maps");
        reloadUntil(driver -> !driver.findElements(By.xpath(
                "//select[@id='tpl-ownerId']/optgroup/option[text()='" + SCHOOL + "']")).isEmpty());
        new Select(browser.findElement(By.id("templateCode"))).selectByValue("gymnasium2-2021-2022");
        choose("tpl-ownerId", SCHOOL);
        submit("template-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Дорожная карта создана.");
        By firstItem = By.cssSelector("tr.rm-item[data-section='1'][data-number='1.3']");
        WebElement item = reloadUntil(driver -> driver.findElements(firstItem).stream().findFirst().orElse(null));
        item.findElement(By.tagName("summary")).click();
        WebElement completion = item.findElement(By.cssSelector("form.rm-complete"));
        completion.findElement(By.name("documentReference")).sendKeys("Протокол родительского собрания № 1");
        clickAndAwaitNextPage(completion.findElement(By.cssSelector("button[type=submit]")));
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Выполнение мероприятия отмечено.");
        // the item's row and the plan's counts come from the projection a moment apart: wait for both
        reloadUntil(driver -> "DONE".equals(driver.findElement(firstItem).getDomAttribute("data-status"))
                && driver.findElement(By.id("progress-summary")).getText().startsWith("Выполнено 1 из 32"));
        assertThat(browser.findElement(By.id("progress-summary")).getText()).startsWith("Выполнено 1 из 32");
        screenshot("journey-road-map");
    }

    private void registerDocument(String kind, String number) {
        choose("document-kind", kind);
        fill("document-number", number);
        date("document-date", LocalDate.of(2026, 8, 30));
        submit("document-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Документ зарегистрирован.");
    }

    /** Enrolls a person through the base's form and returns their id once the base lists them. */
    private String enroll(String basePath, String form, String lastName, String firstName, String age,
                          String textField, String text) {
        open(basePath);
        click(By.cssSelector("#enrollment > summary"));
        fill(form + "-lastName", lastName);
        fill(form + "-firstName", firstName);
        fill(form + "-age", age);
        fill(textField, text);
        submit(form + "-form");
        assertThat(waitFor(By.id("notice")).getText()).contains(lastName);
        WebElement link = reloadUntil(driver -> driver.findElements(By.linkText(lastName + " " + firstName)).isEmpty()
                ? null : driver.findElement(By.linkText(lastName + " " + firstName)));
        return link.getAttribute("href").replaceAll(".*/participants/", "");
    }
}
