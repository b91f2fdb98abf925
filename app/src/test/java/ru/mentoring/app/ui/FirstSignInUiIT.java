package ru.mentoring.app.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.app.TestDatabase;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new installation as its operator first meets it, in the browser: the one-time password from the log signs
 * in, the operator sets a password of their own, and five wrong passwords in a row lock the account — the right
 * one is then refused too, with the reason, until the lock runs out — while the log names the login, never what
 * was typed.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstSignInUiIT extends BrowserIT {

    private static final String WRONG = "совсем-не-тот-пароль";

    @Test
    void theOperatorSignsInWithTheGeneratedPasswordChangesItAndIsLockedOutAfterFiveFailures(CapturedOutput output) {
        TestDatabase database = TestDatabase.fresh();
        try (ConfigurableApplicationContext app = database.start("--mentoring.ui.first-admin.username=operator",
                        "--mentoring.ui.first-admin.password=", "--mentoring.ui.lockout.duration=10s")) {
            port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Matcher printed = Pattern.compile("created the operator 'operator' with the one-time password (\\S+)")
                    .matcher(output.getOut());
            assertThat(printed.find()).isTrue();
            String generated = printed.group(1);

            signIn("operator", generated);
            assertThat(browser.getCurrentUrl()).endsWith("/ui/admin/users");
            open("/ui/account/password");
            fill("password-current", generated);
            fill("password-password", "собственный пароль оператора");
            fill("password-repeated", "собственный пароль оператора");
            submit("password-form");
            assertThat(waitFor(By.id("notice")).getText()).isEqualTo("Пароль сменён.");
            screenshot("password-changed");

            signOut();
            signIn("operator", "собственный пароль оператора");
            signOut();

            for (int attempt = 0; attempt < 5; attempt++) {
                failToSignIn("operator", WRONG);
                assertThat(browser.findElements(By.id("locked"))).isEmpty();
            }
            failToSignIn("operator", "собственный пароль оператора");
            assertThat(waitFor(By.id("locked")).getText()).contains("временно заблокирована");
            screenshot("locked-out");

            assertThat(output.getOut()).contains("failed sign-in as 'operator'",
                    "the account 'operator' is locked until").doesNotContain(WRONG);

            // the lock lasts as long as it is set to (ten seconds here, fifteen minutes by default), then the
            // right password signs in again
            Instant lockedUntil = JdbcClient.create(app.getBean(DataSource.class))
                    .sql("SELECT locked_until FROM ui_user WHERE username = 'operator'")
                    .query(Timestamp.class).single().toInstant();
            assertThat(Duration.between(Instant.now(), lockedUntil)).isLessThanOrEqualTo(Duration.ofSeconds(10));
            sleepUntil(lockedUntil.plusMillis(500));
            signIn("operator", "собственный пароль оператора");
            assertThat(browser.getCurrentUrl()).endsWith("/ui/admin/users");
        }
    }

    private static void sleepUntil(Instant moment) {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void failToSignIn(String username, String password) {
        open("/login");
        fill("username", username);
        fill("password", password);
        submit("login-form");
        waitFor(By.cssSelector(".box.error"));
        assertThat(browser.getCurrentUrl()).contains("/login");
    }
}
