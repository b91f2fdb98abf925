package ru.mentoring.app.deadletters;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;
import ru.mentoring.app.security.UiUser;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operator's page of dead letters, rendered by the application itself (no browser needed): a parked event
 * is shown in Russian with its cause and buttons; an eviction without a reason is refused and leaves the letter;
 * a retry after the cause is fixed and an eviction with a reason empty the queue. The projections page shows each
 * segment's position and leads here.
 */
class DeadLetterPagesIT extends ApplicationIT {

    private static final String PAGE = "/ui/admin/dead-letters";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private PoisonProbe probe;
    @Autowired
    private DeadLetters deadLetters;

    private MockMvc mvc;
    private RequestPostProcessor operator;

    @BeforeEach
    void operator() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        UiUser user = new UiUser("operator.pages", "{noop}-", ActorRole.OPERATOR, null, null, null, "Оператор",
                true, false);
        operator = authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    @Test
    void operatorSeesAParkedEventRetriesItOnceFixedAndEvictsAnotherWithAReason() throws Exception {
        String fixable = PoisonProbe.POISON + " школа страницы " + UUID.randomUUID();
        String hopeless = PoisonProbe.POISON + " лицей страницы " + UUID.randomUUID();
        TestSchool first = TestSchool.register(commands, fixable);
        TestSchool second = TestSchool.register(commands, hopeless);
        ParkedEvent fixableLetter = awaitLetter(first);
        ParkedEvent hopelessLetter = awaitLetter(second);

        mvc.perform(get(PAGE).with(operator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Недоставленные события")))
                .andExpect(content().string(containsString("data-letter=\"" + fixableLetter.letterId() + "\"")))
                .andExpect(content().string(containsString("Проба не принимает организацию «" + fixable + "»")))
                .andExpect(content().string(containsString("Повторить все")));

        String eviction = PAGE + "/" + PoisonProbe.GROUP + "/" + hopelessLetter.letterId() + "/eviction";
        mvc.perform(post(eviction).param("reason", "  ").with(operator).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("refusal", "deadletters.reason.required"));
        assertThat(letterOf(second)).isPresent();

        probe.cure(fixable);
        mvc.perform(post(PAGE + "/" + PoisonProbe.GROUP + "/" + fixableLetter.letterId() + "/retry")
                        .with(operator).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("notice", "deadletters.retried"))
                .andExpect(flash().attribute("noticeArg", "1 / 1"));
        assertThat(letterOf(first)).isEmpty();
        assertThat(probe.handled(first.id())).isTrue();

        mvc.perform(post(eviction).param("reason", "Лицей закрыт, запись ошибочна").with(operator).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("notice", "deadletters.evicted"));
        assertThat(letterOf(second)).isEmpty();

        mvc.perform(get(PAGE).with(operator))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(hopelessLetter.letterId()))));
    }

    @Test
    void projectionsPageShowsEverySegmentsPositionAndLeadsToTheDeadLetters() throws Exception {
        mvc.perform(get("/ui/admin/projections").with(operator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/ui/admin/dead-letters\"")))
                .andExpect(content().string(containsString("data-segment=\"0\"")))
                .andExpect(content().string(containsString("data-segment=\"1\"")))
                .andExpect(content().string(containsString("сегмент 0: ")));
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
