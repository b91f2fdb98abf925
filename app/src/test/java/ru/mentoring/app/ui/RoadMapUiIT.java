package ru.mentoring.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mentoring.app.TestSchool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The road-map pages in a real headless Chromium, as the school's curator keeps them: a plan made from the
 * Gymnasium No 2 template for the school and the academic year under way is listed, shows its sections, items,
 * progress and timeline; an item is recorded as done with a document and the counts move; a completion without a
 * date is refused beside the field with the document kept, one without evidence with the domain's own words; a CSV
 * import with a bad row imports nothing and lists the row, a good one adds the items. Screenshots go to
 * {@code target/screenshots/}.
 */
class RoadMapUiIT extends BrowserIT {

    private static final String SCHOOL = "МБОУ «Гимназия № 2» (Кстово)";
    private static final String HEADER = "№;содержание;ожидаемый результат;показатели;сроки;ответственные\n";

    @Autowired
    CommandGateway commands;

    @Test
    void curatorKeepsTheRoadMapOfASchoolFromTemplateToImport() throws IOException {
        TestSchool school = TestSchool.register(commands, SCHOOL, "Кстовский округ", "Нижегородская область");
        signInAs(school.curator("curator." + school.id().toString().substring(0, 8)), "Куратор гимназии № 2");
        open("/ui/road-maps");
        reloadUntil(driver -> !driver.findElements(By.xpath(
                "//select[@id='tpl-ownerId']/optgroup/option[text()='" + SCHOOL + "']")).isEmpty());
        new Select(browser.findElement(By.id("templateCode"))).selectByValue("gymnasium2-2021-2022");
        assertThat(new Select(browser.findElement(By.id("templateCode"))).getFirstSelectedOption().getText())
                .isEqualTo("МБОУ «Гимназия № 2», 2021-2022 учебный год — мероприятий: 32, "
                        + "уровень: образовательная организация");
        choose("tpl-ownerId", SCHOOL);
        String period = academicYear();
        assertThat(browser.findElement(By.id("tpl-period")).getDomProperty("value")).isEqualTo(period);
        browser.findElement(By.cssSelector("#template-form button[type=submit]")).click();

        waitFor(By.id("plan-title"));
        UUID roadMapId = UUID.fromString(browser.getCurrentUrl().replaceAll(".*/ui/road-maps/", ""));
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Дорожная карта создана.");
        assertThat(browser.findElement(By.id("owner")).getText()).isEqualTo(SCHOOL);
        assertThat(browser.findElement(By.id("revision")).getText()).isEqualTo("редакция 1, проект");
        reloadUntil(driver -> driver.findElements(By.cssSelector("tr.rm-item")).size() == 32);
        assertThat(browser.findElements(By.cssSelector(".rm-section"))).hasSize(5);
        assertThat(browser.findElement(By.id("section-1")).getText())
                .contains("1. Подготовка условий для запуска программы наставничества", "Олехнович Е.М.");
        assertThat(browser.findElement(By.id("progress-summary")).getText()).startsWith("Выполнено 0 из 32");
        assertThat(browser.findElements(By.cssSelector("#progress-bar span"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#timeline svg circle"))).hasSizeGreaterThan(20);
        assertThat(browser.findElement(By.id("history")).getDomAttribute("href"))
                .isEqualTo("/ui/audit/road-maps/" + roadMapId);

        WebElement informing = item(1, "1.3");
        informing.findElement(By.tagName("summary")).click();
        WebElement completion = informing.findElement(By.cssSelector("form.rm-complete"));
        completion.findElement(By.name("documentReference")).sendKeys("Протокол родительского собрания № 1");
        completion.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(By.id("notice"));
        // the item's row and the plan's counts are read from the projection a moment apart: wait for both
        reloadUntil(driver -> "DONE".equals(item(1, "1.3").getDomAttribute("data-status"))
                && driver.findElement(By.id("progress-summary")).getText().startsWith("Выполнено 1 из 32"));
        assertThat(item(1, "1.3").getText()).contains("выполнено", "Протокол родительского собрания № 1");
        assertThat(browser.findElement(By.cssSelector("#progress-legend li[data-state=DONE]")).getText())
                .isEqualTo("выполнено: 1");
        tallScreenshot("road-map");

        WebElement regulations = item(1, "1.1");
        String regulationsId = itemId(1, "1.1");
        regulations.findElement(By.tagName("summary")).click();
        completion = regulations.findElement(By.cssSelector("form.rm-complete"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = ''",
                completion.findElement(By.name("on")));
        completion.findElement(By.name("documentReference")).sendKeys("Приказ № 45-о");
        completion.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement dateError = waitFor(By.cssSelector("#item-" + regulationsId
                + " form.rm-complete .field.invalid .field-error"));
        assertThat(dateError.getText()).isEqualTo("Укажите дату");
        assertThat(item(1, "1.1").findElement(By.cssSelector("form.rm-complete [name=documentReference]"))
                .getDomProperty("value")).isEqualTo("Приказ № 45-о");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", dateError);
        screenshot("road-map-item-refused");

        item(1, "1.1").findElement(By.tagName("summary")).click();
        WebElement baseOfMentees = item(1, "2");
        baseOfMentees.findElement(By.tagName("summary")).click();
        baseOfMentees.findElement(By.cssSelector("form.rm-complete button[type=submit]")).click();
        assertThat(waitFor(By.id("error")).getText())
                .isEqualTo("Укажите подтверждение выполнения: документ и/или достигнутое значение показателя");
        assertThat(item(1, "2").findElement(By.tagName("details")).getDomAttribute("open")).isNotNull();

        open("/ui/road-maps/" + roadMapId);
        new Select(waitFor(By.id("import-section"))).selectByValue("2");
        int year = Integer.parseInt(period.substring(0, 4));
        browser.findElement(By.id("import-file")).sendKeys(csv("bad", HEADER
                + "5;Методический семинар для наставников;Программа семинара;;Декабрь " + year + ";Рабочая группа\n"
                + "6;Сборник лучших практик;Сборник;;когда-нибудь;Рабочая группа\n").toString());
        browser.findElement(By.id("import-submit")).click();
        WebElement rejected = waitFor(By.id("import-rejected"));
        assertThat(rejected.getText()).contains("Ничего не импортировано: отклонено строк — 1", "3",
                "срок «когда-нибудь» не распознан");
        assertThat(browser.findElements(By.cssSelector("tr.rm-item[data-section='2']"))).hasSize(4);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('import').scrollIntoView()");
        screenshot("road-map-import");

        browser.findElement(By.id("import-file")).sendKeys(csv("good", HEADER
                + "5;Методический семинар для наставников;Программа семинара;;Декабрь " + year + ";Рабочая группа\n"
                + "6;Сборник лучших практик;Сборник;;Май " + (year + 1) + ";Рабочая группа\n").toString());
        browser.findElement(By.id("import-submit")).click();
        assertThat(waitFor(By.id("import-done")).getText()).isEqualTo("Импортировано мероприятий: 2.");
        reloadUntil(driver -> driver.findElements(By.cssSelector("tr.rm-item[data-section='2']")).size() == 6);
        assertThat(item(2, "6").getText()).contains("Сборник лучших практик", "Май " + (year + 1));

        open("/ui/road-maps");
        WebElement row = waitFor(By.xpath("//table[@id='road-maps']//a[@href='/ui/road-maps/" + roadMapId
                + "']/ancestor::tr"));
        assertThat(row.getText()).contains("образовательная организация", SCHOOL, period, "редакция 1, проект",
                "1 / 34");
        screenshot("road-maps");
    }

    private WebElement item(int section, String number) {
        return browser.findElement(By.cssSelector("tr.rm-item[data-section='" + section + "'][data-number='"
                + number + "']"));
    }

    private String itemId(int section, String number) {
        return item(section, number).getDomAttribute("id").substring("item-".length());
    }

    /** The academic year under way in Moscow, as the form proposes it. */
    private static String academicYear() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        int first = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return first + "-" + (first + 1);
    }

    private static Path csv(String name, String content) throws IOException {
        Path file = Files.createTempFile("road-map-" + name, ".csv");
        file.toFile().deleteOnExit();
        return Files.writeString(file, content, StandardCharsets.UTF_8).toAbsolutePath();
    }

    /** A screenshot of the top of a long page in a taller window: the plan's header, progress and timeline. */
    private void tallScreenshot(String name) {
        Dimension window = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(window.getWidth(), 1500));
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        screenshot(name);
        browser.manage().window().setSize(window);
    }
}
