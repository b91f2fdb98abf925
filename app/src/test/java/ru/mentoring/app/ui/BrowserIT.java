package ru.mentoring.app.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NotFoundException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.mentoring.api.common.Actor;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.app.security.UiUsers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Base of the admin UI's tests in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}), started with the flags a closed network needs, in Russian. The first user of the UI
 * is the installation's operator, who opens no domain page: a test that works in a region or a school signs in
 * as someone of that scope ({@link #signInAs}). Screenshots go to {@code target/screenshots/} for review.
 */
abstract class BrowserIT extends ApplicationIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Value("${mentoring.ui.first-admin.username}")
    String adminUsername;

    @Value("${mentoring.ui.first-admin.password}")
    String adminPassword;

    @Autowired
    UiUsers users;

    @Autowired
    PasswordEncoder passwords;

    /** Set by {@code .ci/run}: a missing browser fails the tests instead of skipping them. */
    static final String REQUIRED = "MENTORING_BROWSER_TESTS_REQUIRED";

    private Path profile;
    WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Debian's chromium and chromium-driver are not installed (/usr/bin/chromium, "
                + "/usr/bin/chromedriver)";
        // on a developer's machine without Chromium the browser tests are skipped; in CI they must run
        if (Boolean.parseBoolean(System.getenv(REQUIRED))) {
            assertThat(installed).as(missing + ", and " + REQUIRED + " is set").isTrue();
        }
        assumeTrue(installed, missing);
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

    /** Signs in as the first user, the installation's operator (users, projections; no domain pages). */
    void signInAsOperator() {
        signIn(adminUsername, adminPassword);
    }

    /**
     * Gives the actor an account of the admin UI in their role and scope, as the users page would store it, and
     * returns its password.
     */
    String account(Actor actor, String fullName) {
        String password = "пароль-" + UUID.randomUUID().toString().substring(0, 8);
        users.add(new UiUser(actor.userId(), passwords.encode(password), actor.role(), actor.region(),
                actor.municipality(), actor.organization(), fullName, true, false));
        return password;
    }

    /** Gives the actor an account ({@link #account}) and signs in with it. */
    void signInAs(Actor actor, String fullName) {
        signIn(actor.userId(), account(actor, fullName));
    }

    void signIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        // the sign-in page shows the top bar too when someone is still signed in: wait until it is left
        new WebDriverWait(browser, PATIENCE).until(driver -> !driver.getCurrentUrl().contains("/login"));
        waitFor(By.cssSelector(".topbar .user"));
    }

    /** Signs out with the top bar's button and waits for the sign-in page that answers it. */
    void signOut() {
        clickAndAwaitNextPage(waitFor(By.cssSelector(".topbar form button[type=submit]")));
    }

    void open(String path) {
        browser.get(url(path));
    }

    /** Types into the field with this id, replacing what it held. */
    void fill(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses the option with this visible text in the select with this id. */
    void choose(String id, String visibleText) {
        new Select(browser.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    /** Sends the form with this id and waits until the page that answers it has loaded. */
    void submit(String formId) {
        clickAndAwaitNextPage(browser.findElement(By.cssSelector("#" + formId + " button[type=submit]")));
    }

    /** Clicks what leaves the page and waits until the next one has loaded, so nothing is read off the old. */
    void clickAndAwaitNextPage(WebElement button) {
        button.click();
        new WebDriverWait(browser, PATIENCE).until(driver -> isGone(button) && hasLoaded(driver));
    }

    /**
     * Whether the element left the page. While the old document is being replaced, Chromium may answer with an
     * inspector error ("Node with given id does not belong to the document") instead of a stale reference.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException replaced) {
            return String.valueOf(replaced.getMessage()).contains("does not belong to the document");
        }
    }

    private static boolean hasLoaded(WebDriver driver) {
        try {
            return "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState"));
        } catch (WebDriverException navigating) {
            return false;
        }
    }

    /** Sets a date field: how a date is typed into one depends on the browser's locale, its value does not. */
    void date(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), date.toString());
    }

    void click(By locator) {
        waitFor(locator).click();
    }

    /** Waits until the element shows; if it never does, the page as it was goes to {@code failure.png}. */
    /**
     * The text of an element once shown, looked up again if the page is replaced between finding it and reading
     * it (an answer to a submitted form arriving just then).
     */
    String textOf(By locator) {
        return new WebDriverWait(browser, PATIENCE).ignoring(WebDriverException.class)
                .until(driver -> {
                    WebElement element = driver.findElement(locator);
                    return element.isDisplayed() ? element.getText() : null;
                });
    }

    WebElement waitFor(By locator) {
        try {
            // a page being replaced may answer with an inspector error instead of "not found": look again
            return new WebDriverWait(browser, PATIENCE).ignoring(WebDriverException.class)
                    .until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException notShown) {
            screenshot("failure");
            throw notShown;
        }
    }

    /**
     * Reloads the page until it shows what is awaited: projections catch up a moment after a command. An element
     * that htmx swapped out while it was being read is looked up again; one not on the page yet means reload.
     */
    <T> T reloadUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class).until(driver -> {
            T found;
            try {
                found = condition.apply(driver);
            } catch (NotFoundException notYet) {
                found = null;
            }
            if (found == null || Boolean.FALSE.equals(found)) {
                driver.navigate().refresh();
            }
            return found;
        });
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
