package ru.mentoring.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mentoring.app.ProgramScenario;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pair's pages in a real headless Chromium: a program's fixed pair is listed with its people by name; on the
 * pair's page the administrator signs the agreement, is refused a plan row without its due date (the typed
 * activities kept), approves a plan of two activities, records the organizational meeting, is refused a
 * planning meeting out of order with the domain's words (the typed topic kept), is refused a meeting without
 * a topic, and gives feedback. Screenshots go to {@code target/screenshots/}.
 */
class PairUiIT extends BrowserIT {

    @Autowired
    CommandGateway commands;

    @Test
    void curatorTakesAFixedPairFromItsAgreementToItsFirstMeetingAndFeedback() {
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 1, List.of());
        signInAsAdministrator();

        open("/ui/programs/" + scenario.program.value() + "/pairs");
        WebElement row = reloadUntil(driver -> driver.findElements(By.cssSelector("#pairs tbody tr")).stream()
                .findFirst().orElse(null));
        assertThat(row.getText()).contains("Учитель0 Тест", "Ученик0 Тест", "педагог – ученик", "индивидуальная",
                "работает", "не утверждён");
        screenshot("pairs-list");
        row.findElement(By.linkText("Учитель0 Тест")).click();

        waitFor(By.id("agreement-form"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Пара: Учитель0 Тест — Ученик0 Тест");
        assertThat(browser.findElement(By.id("agreement-date")).getText()).isEqualTo("не подписано");
        date("signedOn", LocalDate.of(2020, 10, 5));
        submit("agreement-form");
        assertThat(waitFor(By.id("notice")).getText())
                .isEqualTo("Соглашение о сотрудничестве отмечено как подписанное.");
        assertThat(browser.findElement(By.id("agreement-date")).getText()).isEqualTo("05.10.2020");

        fill("plan-title-0", "Подготовка к олимпиаде");
        date("plan-due-0", LocalDate.of(2020, 12, 1));
        fill("plan-result-0", "Участие в муниципальном этапе");
        fill("plan-title-1", "Проект «Математика вокруг нас»");
        submit("plan-form");
        WebElement dueError = waitFor(By.cssSelector("#plan-form .field.invalid .field-error"));
        assertThat(dueError.getText()).isEqualTo("Укажите срок");
        assertThat(browser.findElement(By.id("plan-title-1")).getDomProperty("value"))
                .isEqualTo("Проект «Математика вокруг нас»");
        assertThat(browser.findElement(By.id("plan-result-0")).getDomProperty("value"))
                .isEqualTo("Участие в муниципальном этапе");
        date("plan-due-1", LocalDate.of(2021, 3, 1));
        submit("plan-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Индивидуальный план утверждён.");
        assertThat(browser.findElements(By.cssSelector("#activities tbody tr"))).extracting(WebElement::getText)
                .containsExactly("1 Подготовка к олимпиаде 01.12.2020 Участие в муниципальном этапе не выполнено",
                        "2 Проект «Математика вокруг нас» 01.03.2021 — не выполнено");

        assertThat(selected("meetingType")).isEqualTo("организационная");
        date("meetingDate", LocalDate.of(2020, 10, 12));
        fill("meetingTopic", "Знакомство, правила работы");
        submit("meeting-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Встреча записана.");
        assertThat(browser.findElement(By.id("meeting-list")).getText())
                .contains("организационная", "12.10.2020", "очно", "Знакомство, правила работы");
        assertThat(selected("meetingType")).isEqualTo("пробная рабочая");

        choose("meetingType", "встреча-планирование");
        fill("meetingTopic", "План на год");
        submit("meeting-form");
        WebElement refusal = waitFor(By.cssSelector("#meetings #error"));
        assertThat(refusal.getText()).isEqualTo("Встреча «встреча-планирование» не по порядку (организационная → "
                + "пробная рабочая → встреча-планирование → регулярные → заключительная): следующей может быть "
                + "«пробная рабочая»");
        assertThat(browser.findElement(By.id("meetingTopic")).getDomProperty("value")).isEqualTo("План на год");
        assertThat(selected("meetingType")).isEqualTo("встреча-планирование");
        assertThat(browser.findElements(By.cssSelector("#meeting-list tbody tr"))).hasSize(1);
        screenshot("pair-refused");

        choose("meetingType", "пробная рабочая");
        fill("meetingTopic", "");
        submit("meeting-form");
        WebElement topicError = waitFor(By.cssSelector("#meeting-form .field.invalid .field-error"));
        assertThat(topicError.getText()).isEqualTo("Укажите тему встречи");
        assertThat(selected("meetingType")).isEqualTo("пробная рабочая");

        choose("feedbackGiver", "Наставляемый: Ученик0 Тест");
        choose("feedbackScore", "5");
        date("feedbackDate", LocalDate.of(2020, 10, 20));
        fill("feedbackComment", "Интересно и понятно");
        submit("feedback-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Обратная связь сохранена.");
        assertThat(browser.findElement(By.id("feedback-list")).getText())
                .contains("5", "Наставляемый: Ученик0 Тест, 20.10.2020", "Интересно и понятно");
        WebElement averages = reloadUntil(driver -> driver.findElements(By.id("averages")).stream().findFirst()
                .orElse(null));
        assertThat(averages.getText()).contains("Средняя оценка наставляемых", "5,0");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        screenshot("pair");

        open("/ui/programs/" + scenario.program.value() + "/pairs?attention=true");
        assertThat(waitFor(By.id("pairs")).getText()).contains("Пар, требующих внимания, нет.");
    }

    private String selected(String selectId) {
        return new Select(browser.findElement(By.id(selectId))).getFirstSelectedOption().getText();
    }
}
