package ru.mentoring.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.api.program.EnrollMentee;
import ru.mentoring.api.program.MenteeCategory;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.RequestSource;
import ru.mentoring.app.ApplicationIT;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The admin UI in a real headless Chromium: a regional administrator signs in, is refused a program without a
 * title (the typed period kept), creates one, sees what its preparation stage still needs, is refused the next
 * stage with the unmet conditions, and searches the base of mentees. Screenshots of the pages go to
 * {@code target/screenshots/}.
 */
class AdminUiIT extends ApplicationIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Value("${mentoring.ui.first-admin.username}")
    String adminUsername;

    @Value("${mentoring.ui.first-admin.password}")
    String adminPassword;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    private Path profile;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed (/usr/bin/chromium, /usr/bin/chromedriver)");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("admin-ui-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,900", "--lang=ru-RU",
                        "--user-data-dir=" + profile.toAbsolutePath())
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", "ru-RU,ru"));
        browser = new ChromeDriver(options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void administratorCreatesAProgramAndSeesWhatItsFirstStageStillNeeds() throws IOException {
        browser.get(url("/ui/programs"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        screenshot("login");
        browser.findElement(By.id("username")).sendKeys(adminUsername);
        browser.findElement(By.id("password")).sendKeys(adminPassword);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.id("program-form"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Программы наставничества");

        String organization = UUID.randomUUID().toString();
        fill("organizationId", organization);
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
        assertThat(actors).containsExactly(adminUsername);

        browser.findElement(By.id("advance")).click();
        WebElement refusal = waitFor(By.id("unmet"));
        assertThat(refusal.getText()).contains("Этап не завершён", "Не назначен куратор программы");
        screenshot("program-refused");

        enrollMentee(new ProgramId(programId), "Соколова");
        enrollMentee(new ProgramId(programId), "Морозов");
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

        browser.get(url("/ui/programs"));
        assertThat(waitFor(By.id("programs")).getText()).contains("Программа наставничества МБОУ «Гимназия № 2»");
        screenshot("programs");
    }

    private void enrollMentee(ProgramId program, String lastName) {
        MetaData curator = MetaData.from(new Actor("curator@ui-test", ActorRole.ORGANIZATION_CURATOR, null)
                .asMetaData());
        PersonId person = new PersonId(UUID.randomUUID());
        commands.sendAndWait(new RegisterPerson(person, lastName, "Анна", null, null, null, null), curator);
        commands.sendAndWait(new EnrollMentee(program, person, MenteeCategory.STUDENT, 13, null, "7А", "Учёба",
                RequestSource.SELF, LocalDate.of(2026, 9, 1)), curator);
    }

    private void fill(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
