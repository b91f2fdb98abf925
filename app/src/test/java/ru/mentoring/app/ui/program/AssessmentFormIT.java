package ru.mentoring.app.ui.program;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.WebApplicationContext;
import ru.mentoring.api.common.Actor;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.ProgramScenario;
import ru.mentoring.app.security.UiUser;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The first and the final assessment are one form: the first names its mentee in the address and needs none
 * chosen, the final one is refused, naming the field, until a mentee is chosen.
 */
class AssessmentFormIT extends ApplicationIT {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private WebApplicationContext context;

    private ProgramScenario scenario;
    private MockMvc mvc;
    private UiUser curator;

    @BeforeEach
    void program() {
        scenario = ProgramScenario.withFixedPairs(commands, 1, List.of());
        Actor actor = scenario.school.curator("assessment@ui");
        curator = new UiUser(actor.userId(), "{noop}-", actor.role(), null, null, actor.organization(), "Куратор",
                true, false);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        // the pages read the projections, which show the matched program and its mentee a moment later
        String participant = "/ui/programs/" + scenario.program + "/participants/" + scenario.mentees.get(0).value();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            String page = mvc.perform(MockMvcRequestBuilders.get(participant)
                            .with(authentication(new UsernamePasswordAuthenticationToken(curator, null,
                                    curator.getAuthorities())))
                            .locale(Locale.forLanguageTag("ru")))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            return !page.contains("id=\"pending\"") && !page.contains("подготовительный");
        });
    }

    private MvcResult post(String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/ui/programs/" + scenario.program + path)
                .with(authentication(new UsernamePasswordAuthenticationToken(curator, null, curator.getAuthorities())))
                .with(csrf())
                .locale(Locale.forLanguageTag("ru"));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private static BindingResult errorsOf(MvcResult result, String form) {
        return (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + form);
    }

    @Test
    void theFinalAssessmentNeedsAMenteeChosen() throws Exception {
        MvcResult result = post("/closing/final-assessment", "scores", "успеваемость = 80", "date", "2021-05-20");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        BindingResult errors = errorsOf(result, "finalAssessmentForm");
        assertThat(errors.getFieldErrors()).extracting("field").containsExactly("personId");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"assessment-personId\"");
    }

    @Test
    void theFirstAssessmentTakesItsMenteeFromTheAddress() throws Exception {
        MvcResult result = post("/participants/" + scenario.mentees.get(0).value() + "/baseline-assessment",
                "scores", "успеваемость = 60", "date", "2020-09-01");

        // the form is valid without a mentee chosen: the command is sent, and the program (matched by now) refuses it
        assertThat(errorsOf(result, "baselineForm").hasErrors()).isFalse();
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("записать входную оценку");
    }
}
