package ru.mentoring.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.AppointCurator;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.EnrollMentee;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.RequestSource;
import ru.mentoring.app.TestSchool;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin UI in a real headless Chromium: the regional administrator of a school's region signs in, is refused
 * a program without a title (the typed period kept), creates one, sees what its preparation stage still needs, is
 * refused the next stage with the unmet conditions, searches the base of mentees, and is refused a mentee whose
 * profile breaks a rule of the program (the name not kept in the register, the form kept for the corrected try);
 * the administrator also appoints last year's curator of the school to its new program. Screenshots of
 * the pages go to {@code target/screenshots/}.
 */
class AdminUiIT extends BrowserIT {

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void administratorCreatesAProgramAndSeesWhatItsFirstStageStillNeeds() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String school = "МБОУ «Гимназия № 2» " + suffix;
        TestSchool gymnasium = TestSchool.register(commands, school, "Кстовский округ", "Нижегородская область");
        String organization = gymnasium.id().toString();
        MetaData curator = gymnasium.asCurator("curator@ui-test");
        String administrator = "admin." + suffix;
        String password = account(gymnasium.administrator(administrator), "Администратор Нижегородской области");
        browser.get(url("/ui/programs"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        screenshot("login");
        browser.findElement(By.id("username")).sendKeys(administrator);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.id("program-form"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Программы наставничества");

        reloadUntil(driver -> !driver.findElements(By.xpath("//select[@id='organizationId']/option[text()='"
                + school + " (Кстовский округ)']")).isEmpty());
        choose("organizationId", school + " (Кстовский округ)");
        fill("period", "2026-2027");
        fill("title", "");
        browser.findElement(By.cssSelector("#program-form button[type=submit]")).click();
        WebElement titleError = waitFor(By.cssSelector(".field.invalid .field-error"));
        assertThat(titleError.getText()).isEqualTo("Укажите название программы");
        assertThat(browser.findElement(By.id("period")).getDomProperty("value")).isEqualTo("2026-2027");
        assertThat(browser.findElement(By.id("organizationId")).getDomProperty("value")).isEqualTo(organization);
        screenshot("programs-validation");

        fill("title", "Программа наставничества МБОУ «Гимназия № 2»");
        browser.findElement(By.cssSelector("#program-form button[type=submit]")).click();
        WebElement checklist = waitFor(By.id("checklist"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Программа наставничества МБОУ «Гимназия № 2»");
        assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("подготовительный");
        assertThat(checklist.getText()).contains("Не назначен куратор программы",
                "Не выбраны формы наставничества", "В базе наставляемых нет ни одного участника");
        UUID programId = UUID.fromString(browser.getCurrentUrl().replaceAll(".*/ui/programs/", ""));
        screenshot("program");

        List<Object> actors = eventStore.readEvents(programId.toString()).asStream()
                .map(event -> event.getMetaData().get(Actor.USER_ID)).toList();
        assertThat(actors).containsExactly(administrator);

        browser.findElement(By.id("advance")).click();
        WebElement refusal = waitFor(By.id("unmet"));
        assertThat(refusal.getText()).contains("Этап не завершён", "Не назначен куратор программы");
        screenshot("program-refused");

        enrollMentee(curator, new ProgramId(programId), "Соколова");
        enrollMentee(curator, new ProgramId(programId), "Морозов");
        browser.get(url("/ui/programs/" + programId + "/mentees"));
        new WebDriverWait(browser, PATIENCE).until(driver -> {
            driver.navigate().refresh();
            return driver.findElements(By.cssSelector("#participants tbody tr")).size() == 2;
        });
        screenshot("mentees");
        browser.get(url("/ui/programs/" + programId + "/mentees?name=Сокол&pairStatus=UNMATCHED"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#participants tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("Соколова", "без пары", "обучающийся");

        browser.get(url("/ui/programs/" + programId + "/mentors"));
        assertThat(waitFor(By.cssSelector("#participants")).getText()).contains("Никого не найдено");
        screenshot("mentors");

        String lastName = "Отказова-" + programId.toString().substring(0, 8);
        browser.get(url("/ui/programs/" + programId + "/mentees"));
        click(By.cssSelector("#enrollment > summary"));
        fill("mentee-lastName", lastName);
        fill("mentee-firstName", "Вера");
        choose("mentee-category", "молодой специалист");
        fill("mentee-experienceYears", "12");
        fill("mentee-request", "Адаптация в коллективе");
        int erasedBefore = erasedPeople();
        submit("mentee-form");
        assertThat(waitFor(By.id("error")).getText())
                .isEqualTo("Молодой специалист — педагог со стажем от 0 до 3 лет, указано 12");
        assertThat(browser.findElement(By.id("mentee-lastName")).getDomProperty("value")).isEqualTo(lastName);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person_register WHERE last_name = ?", Integer.class,
                lastName)).as("the refused mentee's name is not kept in the register").isZero();
        assertThat(erasedPeople()).as("registration and enrollment are one decision: nothing to erase")
                .isEqualTo(erasedBefore);
        fill("mentee-experienceYears", "2");
        submit("mentee-form");
        assertThat(waitFor(By.id("notice")).getText()).contains(lastName);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person_register WHERE last_name = ?", Integer.class,
                lastName)).isEqualTo(1);

        browser.get(url("/ui/programs"));
        assertThat(waitFor(By.id("programs")).getText())
                .contains("Программа наставничества МБОУ «Гимназия № 2»", school);
        screenshot("programs");

        String nobody = UUID.randomUUID().toString();
        for (String page : List.of("/ui/programs/" + nobody, "/ui/programs/" + nobody + "/preparation",
                "/ui/programs/" + nobody + "/mentors", "/ui/programs/" + nobody + "/matching",
                "/ui/programs/" + nobody + "/closing", "/ui/programs/" + programId + "/participants/" + nobody,
                "/ui/road-maps/" + nobody, "/ui/organizations/" + nobody, "/ui/pairs/" + nobody)) {
            open(page);
            assertThat(waitFor(By.id("failure")).getText()).as("an id no one created: " + page)
                    .contains("Такой страницы нет.");
        }
    }

    @Test
    void lastYearsCuratorIsAppointedToTheNewProgramWithoutASecondRegisterEntry() {
        TestSchool registered = TestSchool.register(commands, "Школа с куратором прошлого года");
        OrganizationId school = registered.id();
        MetaData curator = registered.asCurator("curator@ui-test");
        ProgramId lastYear = ProgramId.random();
        ProgramId thisYear = ProgramId.random();
        PersonId larionova = new PersonId(UUID.randomUUID());
        String lastName = "Ларионова-" + school.value().toString().substring(0, 8);
        commands.sendAndWait(new CreateProgram(lastYear, school, AcademicPeriod.parse("2025-2026"),
                "Программа наставничества 2025-2026"), curator);
        commands.sendAndWait(new RegisterPerson(larionova, lastName, "Ольга", "Игоревна", null, null, null), curator);
        commands.sendAndWait(new AppointCurator(lastYear, larionova, "31-о", LocalDate.of(2025, 8, 29)), curator);
        commands.sendAndWait(new CreateProgram(thisYear, school, AcademicPeriod.parse("2026-2027"),
                "Программа наставничества 2026-2027"), curator);
        signInAs(registered.administrator("admin." + school.value().toString().substring(0, 8)),
                "Администратор региона");

        open("/ui/programs/" + thisYear.value() + "/preparation");
        String option = lastName + " Ольга Игоревна (Программа наставничества 2025-2026, 2025-2026)";
        reloadUntil(driver -> !driver.findElements(By.xpath("//select[@id='earlier-personId']/option[text()='"
                + option + "']")).isEmpty());
        assertThat(browser.findElements(By.id("curator-appointed"))).isEmpty();
        fill("earlier-orderNumber", "77-о");
        date("earlier-orderDate", LocalDate.of(2026, 8, 28));
        submit("earlier-curator-form");
        assertThat(waitFor(By.cssSelector("#earlier-curator-form .field.invalid .field-error")).getText())
                .isEqualTo("Выберите куратора из списка");
        assertThat(browser.findElement(By.id("earlier-orderNumber")).getDomProperty("value")).isEqualTo("77-о");
        screenshot("preparation-earlier-curator");
        choose("earlier-personId", option);
        submit("earlier-curator-form");
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Куратор назначен.");

        WebElement appointed = reloadUntil(driver -> driver.findElements(By.id("curator-appointed")).stream()
                .findFirst().orElse(null));
        assertThat(appointed.getText())
                .isEqualTo("Назначен(а): " + lastName + " Ольга Игоревна, приказ № 77-о от 28.08.2026");
        assertThat(browser.findElements(By.id("earlier-curator-form"))).as("she is this program's curator now")
                .isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person_register WHERE last_name = ?", Integer.class,
                lastName)).isEqualTo(1);
        screenshot("preparation-curator");
    }

    private void enrollMentee(MetaData curator, ProgramId program, String lastName) {
        PersonId person = new PersonId(UUID.randomUUID());
        commands.sendAndWait(new RegisterPerson(person, lastName, "Анна", null, null, null, null), curator);
        commands.sendAndWait(new EnrollMentee(program, person, MenteeCategory.STUDENT, 13, null, "7А", "Учёба",
                RequestSource.SELF, LocalDate.of(2026, 9, 1)), curator);
    }

    private int erasedPeople() {
        return jdbc.queryForObject("SELECT count(*) FROM person_register WHERE erased_at IS NOT NULL", Integer.class);
    }
}
