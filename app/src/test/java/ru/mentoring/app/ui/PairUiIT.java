package ru.mentoring.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mentoring.api.pair.ApproveIndividualPlan;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PlanActivity;
import ru.mentoring.api.pair.RecordMeeting;
import ru.mentoring.api.pair.SignAgreement;
import ru.mentoring.app.ProgramScenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A pair's pages in a real headless Chromium: a program's fixed pair is listed with its people by name; on the
 * pair's page the school's curator signs the agreement, is refused a plan row without its due date (the typed
 * activities kept), approves a plan of two activities, records the organizational meeting, is offered only the
 * trial meeting next and, sending a planning meeting out of order all the same, is refused in the domain's
 * words (the typed topic kept), is refused a meeting without a topic and one dated before the organizational
 * meeting, and gives feedback. In a second program, one pair's plan is amended (refused without a reason, the
 * typed row kept), an activity is marked done, the final meeting is recorded and the pair completed; the other
 * pair is dissolved once the curator confirms it.
 * Screenshots go to {@code target/screenshots/}.
 */
class PairUiIT extends BrowserIT {

    @Autowired
    CommandGateway commands;

    @Test
    void curatorTakesAFixedPairFromItsAgreementToItsFirstMeetingAndFeedback() {
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 1, List.of());
        signInAsCuratorOf(scenario);

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

        assertThat(new Select(browser.findElement(By.id("meetingType"))).getOptions())
                .extracting(WebElement::getText).as("only the meeting the order allows next is offered")
                .containsExactly("пробная рабочая");
        // a form sent with another meeting (an old page, a crafted request) is refused in the domain's words
        ((JavascriptExecutor) browser).executeScript("const type = document.getElementById('meetingType');"
                + "type.add(new Option('встреча-планирование', 'PLANNING')); type.value = 'PLANNING';");
        fill("meetingTopic", "План на год");
        submit("meeting-form");
        WebElement refusal = waitFor(By.cssSelector("#meetings #error"));
        assertThat(refusal.getText()).isEqualTo("Встреча «встреча-планирование» не по порядку (организационная → "
                + "пробная рабочая → встреча-планирование → регулярные → заключительная): следующей может быть "
                + "«пробная рабочая»");
        assertThat(browser.findElement(By.id("meetingTopic")).getDomProperty("value")).isEqualTo("План на год");
        assertThat(browser.findElements(By.cssSelector("#meeting-list tbody tr"))).hasSize(1);
        screenshot("pair-refused");

        fill("meetingTopic", "");
        submit("meeting-form");
        WebElement topicError = waitFor(By.cssSelector("#meeting-form .field.invalid .field-error"));
        assertThat(topicError.getText()).isEqualTo("Укажите тему встречи");
        assertThat(selected("meetingType")).isEqualTo("пробная рабочая");

        // a trial meeting dated before the organizational one is a typing error, refused with both dates
        date("meetingDate", LocalDate.of(2020, 10, 8));
        fill("meetingTopic", "Пробная встреча");
        submit("meeting-form");
        assertThat(waitFor(By.cssSelector("#meetings #error")).getText()).isEqualTo("Встреча «пробная рабочая» "
                + "датирована 08.10.2020, раньше предыдущей встречи «организационная» (12.10.2020): встречи идут в "
                + "установленном порядке");
        assertThat(browser.findElements(By.cssSelector("#meeting-list tbody tr"))).hasSize(1);

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

    @Test
    void curatorAmendsThePlanMarksAnActivityDoneCompletesOnePairAndDissolvesTheOther() {
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 2, List.of());
        PairId working = scenario.pairs.get(0);
        PairId leaving = scenario.pairs.get(1);
        MetaData curator = scenario.school.asCurator("curator@pair-ui");
        // the pairs open by a policy a moment after the order that fixes them
        await().ignoreException(AggregateNotFoundException.class)
                .untilAsserted(() -> commands.sendAndWait(new SignAgreement(working, LocalDate.of(2020, 10, 5)),
                        curator));
        commands.sendAndWait(new ApproveIndividualPlan(working, List.of(new PlanActivity(1, "Подготовка к олимпиаде",
                LocalDate.of(2020, 12, 1), "Участие в муниципальном этапе")), LocalDate.of(2020, 10, 6)), curator);
        LocalDate day = LocalDate.of(2020, 10, 12);
        for (MeetingType type : List.of(MeetingType.ORGANIZATIONAL, MeetingType.TRIAL, MeetingType.PLANNING,
                MeetingType.REGULAR)) {
            commands.sendAndWait(new RecordMeeting(working, type, day, MeetingFormat.IN_PERSON,
                    "Встреча: " + type.title(), null, Instant.now()), curator);
            day = day.plusWeeks(1);
        }
        signInAsCuratorOf(scenario);

        open("/ui/pairs/" + working.value());
        reloadUntil(driver -> driver.findElements(By.cssSelector("#meeting-list tbody tr")).size() == 4);
        click(By.cssSelector("#amend summary"));
        fill("amend-title-1", "Проект «Математика вокруг нас»");
        date("amend-due-1", LocalDate.of(2021, 3, 1));
        fill("amend-result-1", "Проект ".repeat(44));
        submit("amend-form");
        waitFor(By.cssSelector("#amend-form .field.invalid .field-error"));
        assertThat(browser.findElements(By.cssSelector("#amend-form .field.invalid .field-error")))
                .extracting(WebElement::getText).containsExactlyInAnyOrder("Укажите причину корректировки",
                        "Ожидаемый результат — не длиннее 300 символов");
        assertThat(browser.findElement(By.id("amend")).getDomAttribute("open")).isNotNull();
        assertThat(browser.findElement(By.id("amend-title-1")).getDomProperty("value"))
                .isEqualTo("Проект «Математика вокруг нас»");
        fill("amend-result-1", "Проект на школьной конференции");
        fill("amendReason", "Наставляемый выбрал проект");
        submit("amend-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Индивидуальный план скорректирован.");
        assertThat(browser.findElements(By.cssSelector("#activities tbody tr"))).hasSize(2);

        choose("activityNumber", "1. Подготовка к олимпиаде");
        date("activityCompletedOn", LocalDate.of(2020, 11, 28));
        fill("activityEvidence", "Диплом участника муниципального этапа");
        submit("activity-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Мероприятие отмечено как выполненное.");
        assertThat(browser.findElements(By.cssSelector("#activities tbody tr"))).extracting(WebElement::getText)
                .containsExactly("1 Подготовка к олимпиаде 01.12.2020 Участие в муниципальном этапе выполнено "
                        + "28.11.2020: Диплом участника муниципального этапа",
                        "2 Проект «Математика вокруг нас» 01.03.2021 Проект на школьной конференции не выполнено");
        assertThat(browser.findElement(By.id("end")).getText())
                .contains("Работа пары завершается после заключительной встречи.");
        assertThat(browser.findElements(By.id("completion-form"))).isEmpty();

        choose("meetingType", "заключительная");
        date("meetingDate", LocalDate.of(2021, 5, 20));
        fill("meetingTopic", "Итоги года");
        submit("meeting-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Встреча записана.");
        assertThat(browser.findElements(By.id("meeting-form"))).isEmpty();
        fill("outcome-text", "Призёр муниципального этапа олимпиады");
        date("completedOn", LocalDate.of(2021, 5, 25));
        submit("completion-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Работа пары завершена.");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("завершила работу");
        assertThat(browser.findElement(By.id("outcome")).getText())
                .isEqualTo("Призёр муниципального этапа олимпиады (25.05.2021)");
        assertThat(browser.findElements(By.id("end"))).isEmpty();
        screenshot("pair-completed");

        open("/ui/pairs/" + leaving.value());
        reloadUntil(driver -> !driver.findElements(By.id("dissolution")).isEmpty());
        click(By.cssSelector("#dissolution summary"));
        fill("dissolutionReason", "Переезд семьи наставляемого");
        date("dissolvedOn", LocalDate.of(2020, 11, 2));
        submit("dissolution-form");
        WebElement confirmError = waitFor(By.cssSelector("#dissolution-form .field.invalid .field-error"));
        assertThat(confirmError.getText()).isEqualTo("Подтвердите расформирование");
        assertThat(browser.findElement(By.id("dissolutionReason")).getDomProperty("value"))
                .isEqualTo("Переезд семьи наставляемого");
        click(By.id("dissolutionConfirmed"));
        submit("dissolution-form");
        assertThat(waitFor(By.id("notice")).getText())
                .isEqualTo("Пара расформирована; наставляемые возвращены в список без пары.");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("расформирована");
        assertThat(browser.findElements(By.id("meeting-form"))).isEmpty();
        screenshot("pair-dissolved");

        open("/ui/programs/" + scenario.program.value() + "/pairs");
        reloadUntil(driver -> driver.findElements(By.cssSelector("#pairs tbody tr")).stream()
                .map(WebElement::getText).filter(row -> row.contains("завершила работу")
                        || row.contains("расформирована")).count() == 2);
    }

    /** Signs in as the curator of the scenario's school, whose pages the pairs are. */
    private void signInAsCuratorOf(ProgramScenario scenario) {
        signInAs(scenario.school.curator("curator." + scenario.program.value().toString().substring(0, 8)),
                "Куратор школы сценария");
    }

    private String selected(String selectId) {
        return new Select(browser.findElement(By.id(selectId))).getFirstSelectedOption().getText();
    }
}
