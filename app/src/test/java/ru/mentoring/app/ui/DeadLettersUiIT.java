package ru.mentoring.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mentoring.app.TestSchool;
import ru.mentoring.app.deadletters.DeadLetters;
import ru.mentoring.app.deadletters.ParkedEvent;
import ru.mentoring.app.deadletters.PoisonProbe;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * «Недоставленные события» in the browser: the operator comes from the projections page, finds two parked
 * organizations, is refused an eviction without a reason, retries the one whose cause was fixed and evicts the
 * other with a reason; the page ends empty of both.
 */
class DeadLettersUiIT extends BrowserIT {

    @Autowired
    CommandGateway commands;
    @Autowired
    PoisonProbe probe;
    @Autowired
    DeadLetters deadLetters;

    @Test
    void theOperatorRetriesAFixedLetterAndEvictsAnotherWithAReason() {
        String fixable = PoisonProbe.POISON + " школа браузера " + UUID.randomUUID();
        TestSchool first = TestSchool.register(commands, fixable);
        TestSchool second = TestSchool.register(commands, PoisonProbe.POISON + " лицей браузера " + UUID.randomUUID());
        ParkedEvent fixableLetter = awaitLetter(first);
        ParkedEvent hopelessLetter = awaitLetter(second);

        signInAsOperator();
        open("/ui/admin/projections");
        assertThat(browser.findElements(By.cssSelector("td.segments [data-segment]"))).isNotEmpty();
        clickAndAwaitNextPage(waitFor(By.id("dead-letters-link")));
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Недоставленные события");
        By fixableRow = By.cssSelector("tr[data-letter='" + fixableLetter.letterId() + "']");
        By hopelessRow = By.cssSelector("tr[data-letter='" + hopelessLetter.letterId() + "']");
        assertThat(waitFor(fixableRow).getText()).contains("OrganizationRegistered", "Проба не принимает организацию");
        assertThat(browser.findElement(By.cssSelector("#dead-letter-groups tr[data-group='" + PoisonProbe.GROUP
                + "']")).getText()).contains(PoisonProbe.GROUP);
        screenshot("dead-letters");

        // spaces pass the browser's own check of a required field, not the server's
        browser.findElement(hopelessRow).findElement(By.name("reason")).sendKeys("   ");
        clickAndAwaitNextPage(browser.findElement(hopelessRow).findElement(By.cssSelector("button.evict")));
        assertThat(waitFor(By.id("error")).getText()).contains("Укажите причину удаления");
        assertThat(browser.findElements(hopelessRow)).hasSize(1);

        probe.cure(fixable);
        clickAndAwaitNextPage(browser.findElement(fixableRow).findElement(By.cssSelector("button.retry")));
        assertThat(waitFor(By.id("notice")).getText()).contains("Повторено", "1 / 1");
        assertThat(browser.findElements(fixableRow)).isEmpty();
        assertThat(probe.handled(first.id())).isTrue();

        browser.findElement(hopelessRow).findElement(By.name("reason")).sendKeys("Лицей внесён по ошибке");
        clickAndAwaitNextPage(browser.findElement(hopelessRow).findElement(By.cssSelector("button.evict")));
        assertThat(waitFor(By.id("notice")).getText()).contains("удалено из очереди");
        assertThat(browser.findElements(hopelessRow)).isEmpty();
        assertThat(letterOf(second)).isEmpty();
    }

    private ParkedEvent awaitLetter(TestSchool school) {
        await().atMost(Duration.ofSeconds(10)).until(() -> letterOf(school).isPresent());
        return letterOf(school).orElseThrow();
    }

    private Optional<ParkedEvent> letterOf(TestSchool school) {
        return deadLetters.of(PoisonProbe.GROUP).parked().stream()
                .filter(letter -> school.id().toString().equals(letter.aggregateId()))
                .findFirst();
    }
}
