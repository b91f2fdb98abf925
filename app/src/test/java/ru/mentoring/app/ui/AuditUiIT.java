package ru.mentoring.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.RecordMeeting;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.AppointCurator;
import ru.mentoring.api.program.ChooseMentoringForms;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.EnrollMentee;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramDocumentKind;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.RegisterProgramDocument;
import ru.mentoring.api.program.RequestSource;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;
import ru.mentoring.api.roadmap.CreateRoadMapFromTemplate;
import ru.mentoring.api.roadmap.PlanPeriod;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.app.ProgramScenario;
import ru.mentoring.app.TestSchool;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor of a region (role AUDITOR, read-only) replays a program of a school there in a real headless
 * Chromium: its history with the Russian sentences and the actor, filtered by type; its state between two steps;
 * the hash chain intact, then broken by a payload altered with SQL behind the application's back; a municipality's
 * road map's and a pair's state; an identifier no one used in words on the start form, and as a page that does
 * not exist in the address; and no form that changes anything. Screenshots of the pages go to
 * {@code target/screenshots/}.
 */
class AuditUiIT extends BrowserIT {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(MOSCOW);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(MOSCOW);
    private static final String DOCUMENT_TITLE = "Положение о наставничестве";

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void auditorReplaysAProgramSeesItsPastStateAndTheTamperedEvent() throws InterruptedException {
        TestSchool school = TestSchool.register(commands, "МБОУ «Лицей № 7»");
        MetaData curator = school.asCurator("curator@audit-ui");
        ProgramId program = ProgramId.random();
        commands.sendAndWait(new CreateProgram(program, school.id(), AcademicPeriod.parse("2026-2027"),
                "Программа наставничества МБОУ «Лицей № 7»"), curator);
        commands.sendAndWait(new AppointCurator(program, person("Петрова", curator), "112-о",
                LocalDate.of(2026, 8, 30)), curator);
        commands.sendAndWait(new RegisterProgramDocument(program, ProgramDocumentKind.PROGRAM_REGULATION, "113-о",
                LocalDate.of(2026, 8, 31), DOCUMENT_TITLE), curator);
        // the state is asked for to the second: the later steps come well after the document's second
        Instant documentRegistered = stored(program).get(2).getTimestamp();
        Thread.sleep(1500);
        commands.sendAndWait(new ChooseMentoringForms(program, Set.of(MentoringForm.TEACHER_STUDENT)), curator);
        PersonId mentee = person("Соколова", curator);
        commands.sendAndWait(new EnrollMentee(program, mentee, MenteeCategory.STUDENT, 13, null, "7А", "Учёба",
                RequestSource.SELF, LocalDate.of(2026, 9, 1)), curator);

        signInAsAuditorOf(school);
        assertThat(browser.findElement(By.cssSelector(".topbar .role")).getText()).isEqualTo("аудитор");
        assertThat(browser.findElements(By.id("program-form"))).isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Создать программу");

        open("/ui/audit");
        choose("kind", "программа");
        String unknown = UUID.randomUUID().toString();
        fill("id", unknown);
        click(By.cssSelector("#target-form button[type=submit]"));
        WebElement idError = waitFor(By.cssSelector(".field.invalid .field-error"));
        assertThat(idError.getText()).isEqualTo("Нет событий программы с идентификатором " + unknown + ".");
        assertThat(browser.findElement(By.id("id")).getDomProperty("value")).isEqualTo(unknown);
        fill("id", program.toString());
        click(By.cssSelector("#target-form button[type=submit]"));

        // the names come from the person register, a projection that may lag a moment behind the commands
        WebElement history = reloadUntil(driver -> {
            WebElement table = driver.findElement(By.id("history"));
            return table.getText().contains("Соколова Анна") ? table : null;
        });
        assertThat(browser.findElement(By.id("subject-title")).getText())
                .isEqualTo("Аудит программы «Программа наставничества МБОУ «Лицей № 7»»");
        List<WebElement> rows = history.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).getText()).contains("Программа создана: «Программа наставничества МБОУ «Лицей № 7»»",
                "curator@audit-ui", "куратор организации");
        assertThat(rows.get(1).getText()).contains("Назначен куратор: Петрова Анна (приказ № 112-о от 30.08.2026)");
        assertThat(rows.get(4).getText()).contains("Наставляемый включён в базу: Соколова Анна");
        assertThat(browser.findElement(By.id("export-csv")).getDomAttribute("href"))
                .isEqualTo("/api/audit/programs/" + program + "/history.csv");
        screenshot("audit-history");
        // an auditor's form sent all the same (from an old page, or crafted) is refused and changes nothing
        ((JavascriptExecutor) browser).executeScript("const form = document.createElement('form');"
                + "form.method = 'post'; form.action = '/ui/programs/" + program + "/stage?to=MATCHING';"
                + "form.appendChild(document.querySelector('input[name=_csrf]').cloneNode());"
                + "document.body.appendChild(form); form.submit();");
        assertThat(waitFor(By.id("failure")).getText()).contains("недоступны вашей роли");
        assertThat(stored(program)).hasSize(5);
        open("/ui/audit/programs/" + program);
        waitFor(By.id("history"));

        choose("type", "Наставляемый включён в базу");
        click(By.cssSelector("#history-filter button[type=submit]"));
        waitFor(By.id("shown-count"));
        assertThat(browser.findElement(By.id("shown-count")).getText()).isEqualTo("Показано событий: 1 из 5");
        assertThat(browser.findElements(By.cssSelector("#history tbody tr"))).singleElement()
                .extracting(WebElement::getText).asString().contains("Соколова");

        setValue("from", "2026-05-01T12:00:30");
        setValue("to", "2026-04-01T12:00:30");
        click(By.cssSelector("#history-filter button[type=submit]"));
        WebElement toError = waitFor(By.cssSelector(".field.invalid .field-error"));
        assertThat(toError.getText()).isEqualTo("Конец периода раньше его начала");
        assertThat(browser.findElement(By.id("from")).getDomProperty("value")).isEqualTo("2026-05-01T12:00:30");
        assertThat(browser.findElement(By.id("to")).getDomProperty("value")).isEqualTo("2026-04-01T12:00:30");
        assertThat(browser.findElement(By.id("type")).getDomProperty("value")).isEqualTo("MenteeEnrolled");
        assertThat(browser.findElements(By.id("history"))).isEmpty();

        click(By.id("tab-as-of"));
        setValue("day", DAY.format(documentRegistered));
        setValue("time", TIME.format(documentRegistered.truncatedTo(ChronoUnit.SECONDS)));
        click(By.id("show-as-of"));
        waitFor(By.id("program-state"));
        assertThat(browser.findElement(By.id("state-stage")).getText()).isEqualTo("подготовительный");
        assertThat(browser.findElement(By.id("state-curator")).getText()).isEqualTo("да");
        assertThat(browser.findElement(By.id("state-documents")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("state-forms")).getText()).isEqualTo("не выбраны");
        assertThat(browser.findElement(By.id("state-mentees")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.id("as-of-meta")).getText()).contains("учтено событий — 3");
        screenshot("audit-as-of");

        click(By.id("tab-verification"));
        click(By.id("verify"));
        WebElement intact = waitFor(By.id("chain-intact"));
        assertThat(intact.getText()).isEqualTo("Цепочка цела: проверено 5 событий");
        screenshot("audit-verified");

        alterDocumentTitle(program);
        open("/ui/audit/programs/" + program + "/verification");
        click(By.id("verify"));
        WebElement broken = waitFor(By.id("chain-broken"));
        assertThat(broken.getCssValue("color")).isEqualTo("rgba(166, 27, 27, 1)");
        assertThat(browser.findElement(By.id("broken-sequence")).getText()).isEqualTo("2");
        assertThat(broken.getText()).contains(stored(program).get(2).getIdentifier(),
                "Зарегистрирован документ (ProgramDocumentRegistered)",
                "событие изменено после записи: его хеш не совпадает с цепочкой");
        screenshot("audit-broken");
    }

    @Test
    void auditorSeesARoadMapItemByItemAPairByItsMeetingsAndAnUnknownIdAsAMissingPage() {
        ProgramScenario scenario = ProgramScenario.withFixedPairs(commands, 1, List.of());
        TestSchool school = scenario.school;
        RoadMapId roadMap = RoadMapId.random();
        UUID municipality = new TerritoryId(TerritoryLevel.MUNICIPALITY, school.region(), school.municipality())
                .uuid();
        commands.sendAndWait(new CreateRoadMapFromTemplate(roadMap, "kogalym-2020-municipality", municipality,
                new PlanPeriod(2030, 2031), "Дорожная карта аудита " + roadMap),
                MetaData.from(school.coordinator("coordinator@audit-ui").asMetaData()));

        signInAsAuditorOf(school);
        open("/ui/audit");
        reloadUntil(driver -> !driver.findElements(By.linkText("Дорожная карта аудита " + roadMap)).isEmpty());
        screenshot("audit-start");
        click(By.linkText("Дорожная карта аудита " + roadMap));
        assertThat(waitFor(By.id("history")).getText()).contains("Дорожная карта создана: «Дорожная карта аудита "
                + roadMap + "», муниципальный уровень, 2030-2031", "Запланировано мероприятие раздела 1 № 1 "
                + "«Информирование образовательных организаций о внедрении целевой модели…»; срок: Май 2030 года "
                + "(31.05.2030)")
                .doesNotContain("Событие Road");
        click(By.id("tab-as-of"));
        click(By.id("show-as-of"));
        waitFor(By.id("road-map-state"));
        assertThat(browser.findElement(By.id("state-approved")).getText()).isEqualTo("не утверждена");
        assertThat(browser.findElements(By.cssSelector("#state-items tbody tr"))).hasSize(13)
                .allSatisfy(row -> assertThat(row.getText()).contains("запланирован"));
        screenshot("audit-road-map");

        // the pair opens by a policy a moment after the order that fixes it
        PairId pair = scenario.pairs.get(0);
        open("/ui/audit/pairs/" + pair + "/as-of");
        reloadUntil(driver -> !driver.findElements(By.id("show-as-of")).isEmpty());
        click(By.id("show-as-of"));
        waitFor(By.id("pair-state"));
        assertThat(browser.findElement(By.id("state-status")).getText()).isEqualTo("работает");
        assertThat(browser.findElement(By.id("state-meetings")).getText()).contains("организационная 0");
        assertThat(browser.findElement(By.id("subject-title")).getText()).isEqualTo("Аудит пары или группы");
        screenshot("audit-pair");

        // a meeting held on 12 October 2020, entered today: on that day only by the date of the event
        commands.sendAndWait(new RecordMeeting(pair, MeetingType.ORGANIZATIONAL, LocalDate.of(2020, 10, 12),
                MeetingFormat.IN_PERSON, "Знакомство", null, Instant.now()), school.asCurator("curator@audit-ui"));
        setValue("day", "2020-10-12");
        click(By.id("show-as-of"));
        assertThat(waitFor(By.id("no-state")).getText()).startsWith("На 12.10.2020 23:59:59 (по времени записи) "
                + "событий ещё не было");
        click(By.id("by-business"));
        click(By.id("show-as-of"));
        waitFor(By.id("pair-state"));
        assertThat(browser.findElement(By.id("state-meetings")).getText()).contains("организационная 1");
        assertThat(browser.findElement(By.id("as-of-meta")).getText())
                .startsWith("Состояние на 12.10.2020 23:59:59 (по дате события): учтено событий — 2");
        assertThat(browser.findElement(By.id("recorded-later")).getText())
                .contains("Учтены по дате события, но записаны в систему позже 12.10.2020 23:59:59:",
                        "Проведена встреча № 1 (организационная) 12.10.2020: «Знакомство» — дата события 12.10.2020, "
                                + "записано ", "учтено как создание объекта");
        assertThat(browser.findElement(By.id("by-business")).isSelected()).isTrue();
        screenshot("audit-pair-business-date");

        // what lies nowhere in the auditor's region is answered as what does not exist, whatever the id
        for (String page : List.of("/ui/audit/pairs/" + UUID.randomUUID(), "/ui/audit/programs/not-an-id/as-of")) {
            open(page);
            assertThat(waitFor(By.id("failure")).getText()).as(page).contains("Такой страницы нет.");
        }
    }

    /** Gives an auditor of the school's region an account and signs in with it. */
    private void signInAsAuditorOf(TestSchool school) {
        signInAs(school.auditor("auditor-" + UUID.randomUUID().toString().substring(0, 8)),
                "Ревизор Ирина Ковалёва");
    }

    private PersonId person(String lastName, MetaData curator) {
        PersonId person = new PersonId(UUID.randomUUID());
        commands.sendAndWait(new RegisterPerson(person, lastName, "Анна", null, null, null, null), curator);
        return person;
    }

    private List<? extends DomainEventMessage<?>> stored(ProgramId program) {
        return eventStore.readEvents(program.toString(), 0).asStream().toList();
    }

    /** Date and time inputs take their values as the browser's locale spells them; the script sets them as ISO. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id(id)), value);
    }

    /** Only this test's own program, and the payload stays a valid ProgramDocumentRegistered for rebuilds. */
    private void alterDocumentTitle(ProgramId program) {
        int altered = jdbc.update("""
                        UPDATE domainevententry
                           SET payload = convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8')
                         WHERE aggregateidentifier = ? AND sequencenumber = 2""",
                DOCUMENT_TITLE, DOCUMENT_TITLE + " (исправлено)", program.toString());
        assertThat(altered).isEqualTo(1);
    }
}
