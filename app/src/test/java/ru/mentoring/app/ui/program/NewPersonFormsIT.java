package ru.mentoring.app.ui.program;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.WebApplicationContext;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;
import ru.mentoring.app.security.UiUser;

import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The pages' forms that bring a new person in — a mentee, a mentor, a curator by order — without a browser: each
 * use of the one enrollment form and the one order form asks for its own fields, an accepted form registers and
 * places the person by one command, and a refused one shows the program's reason and keeps nothing of them.
 */
class NewPersonFormsIT extends ApplicationIT {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private WebApplicationContext context;
    @Autowired
    private JdbcClient jdbc;

    private ProgramId program;
    private MockMvc mvc;
    private UiUser curator;

    @BeforeEach
    void programInPreparation() {
        TestSchool school = TestSchool.register(commands, "МАОУ «Гимназия № 2»");
        program = ProgramId.random();
        commands.sendAndWait(new CreateProgram(program, school.id(), AcademicPeriod.parse("2021-2022"),
                "Программа наставничества"), school.asCurator("forms@ui"));
        Actor actor = school.curator("forms@ui");
        curator = new UiUser(actor.userId(), "{noop}-", actor.role(), null, null, actor.organization(), "Куратор",
                true, false);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aNewMenteeIsRegisteredAndEnrolled() throws Exception {
        String surname = unique("Соколова");

        MvcResult result = post("/mentees", "lastName", surname, "firstName", "Анна", "category", "STUDENT",
                "age", "13", "grade", "7А", "request", "Адаптация в новом классе", "requestSource", "SELF",
                "enrolledOn", "2021-09-10");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/ui/programs/" + program + "/mentees");
        assertThat(registeredUnder(surname)).isEqualTo(1);
        assertThat(programEvents("ru.mentoring.api.program.MenteeEnrolled")).isEqualTo(1);
    }

    @Test
    void aRefusedMenteeShowsTheProgramsReasonAndIsNotKept() throws Exception {
        String surname = unique("Орлова");

        MvcResult result = post("/mentees", "lastName", surname, "firstName", "Ольга", "category",
                "YOUNG_SPECIALIST", "experienceYears", "7", "request", "Классное руководство", "requestSource",
                "SELF", "enrolledOn", "2021-09-10");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(errorsOf(result, "menteeForm").hasErrors()).isFalse();
        assertThat((String) result.getModelAndView().getModel().get("error")).startsWith("Молодой специалист");
        assertThat(registeredUnder(surname)).isZero();
    }

    @Test
    void eachBaseAsksForItsOwnFieldsAndCategories() throws Exception {
        MvcResult mentee = post("/mentees", "lastName", "Соколова", "firstName", "Анна", "category", "STUDENT",
                "age", "13", "requestSource", "SELF", "enrolledOn", "2021-09-10");
        MvcResult mentor = post("/mentors", "lastName", "Петрова", "firstName", "Ирина", "category",
                "YOUNG_SPECIALIST", "age", "45", "capacity", "1", "enrolledOn", "2021-09-10");
        MvcResult youngMentor = post("/mentors", "lastName", "Петрова", "firstName", "Ирина", "category",
                "TEACHER", "age", "9", "competencies", "Методика", "capacity", "1", "enrolledOn", "2021-09-10");

        assertThat(errorsOf(mentee, "menteeForm").getFieldErrors()).extracting("field").containsExactly("request");
        assertThat(errorsOf(mentor, "mentorForm").getFieldErrors()).extracting("field")
                .containsExactlyInAnyOrder("competencies", "category");
        assertThat(errorsOf(youngMentor, "mentorForm").getFieldErrors()).extracting("field").containsExactly("age");
        assertThat(programEvents("ru.mentoring.api.program.MentorEnrolled")).isZero();
    }

    @Test
    void aNewCuratorNeedsANameAnEarlierOneAChoiceAndTheFixingOrderNeither() throws Exception {
        MvcResult nameless = post("/preparation/curator", "orderNumber", "112-о", "orderDate", "2021-08-30");
        MvcResult unchosen = post("/preparation/curator/earlier", "orderNumber", "112-о", "orderDate", "2021-08-30");
        MvcResult fixing = post("/matching/fixing-order", "orderDate", "2021-09-30");
        String surname = unique("Иванова");
        MvcResult appointed = post("/preparation/curator", "lastName", surname, "firstName", "Мария",
                "orderNumber", "112-о", "orderDate", "2021-08-30");

        assertThat(errorsOf(nameless, "curatorForm").getFieldErrors()).extracting("field")
                .containsExactlyInAnyOrder("lastName", "firstName");
        assertThat(errorsOf(unchosen, "earlierCuratorForm").getFieldErrors()).extracting("field")
                .containsOnly("personId");
        assertThat(errorsOf(fixing, "fixingOrderForm").getFieldErrors()).extracting("field")
                .containsExactly("orderNumber");
        assertThat(appointed.getResponse().getRedirectedUrl())
                .isEqualTo("/ui/programs/" + program + "/preparation#curator");
        assertThat(registeredUnder(surname)).isEqualTo(1);
        assertThat(programEvents("ru.mentoring.api.program.CuratorAppointed")).isEqualTo(1);
    }

    private MvcResult post(String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/ui/programs/" + program + path)
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

    private static String unique(String surname) {
        return surname + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long registeredUnder(String surname) {
        return jdbc.sql("SELECT count(*) FROM person_register WHERE last_name = ?").param(surname)
                .query(Long.class).single();
    }

    private long programEvents(String type) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?")
                .params(program.value().toString(), type)
                .query(Long.class).single();
    }
}
