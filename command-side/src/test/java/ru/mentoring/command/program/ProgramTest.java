package ru.mentoring.command.program;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.AppointCurator;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.CuratorAppointed;
import ru.mentoring.api.program.ProgramCreated;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.command.common.ActorRequiredInterceptor;
import ru.mentoring.command.common.DomainRuleViolation;
import ru.mentoring.command.common.MissingActorException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.isA;

class ProgramTest {

    private static final ProgramId PROGRAM = new ProgramId(UUID.fromString("6f7c2f1e-0d3a-4b5e-9a43-1f7a2a1c0001"));
    private static final OrganizationId GYMNASIUM_2 =
            new OrganizationId(UUID.fromString("0b8e9d2c-5a4f-4c1e-8f7a-000000000002"));
    private static final AcademicPeriod YEAR_2021 = AcademicPeriod.parse("2021-2022");
    private static final String TITLE = "Программа наставничества МБОУ «Гимназия № 2»";
    private static final PersonId CURATOR = new PersonId(UUID.fromString("9a1d7c55-3b2e-4f60-8d11-00000000c001"));
    private static final Actor CURATOR_ACTOR = new Actor("curator@gymnasium2", ActorRole.ORGANIZATION_CURATOR, null, null,
            GYMNASIUM_2.toString());

    private final Set<String> takenTitles = new HashSet<>();
    private AggregateTestFixture<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Program.class);
        fixture.registerInjectableResource((ProgramTitles) (organization, period, title) ->
                takenTitles.contains(organization + "|" + period + "|" + ProgramTitles.key(title)));
        fixture.registerInjectableResource(ProgramFixtures.DEFAULT_GUARDIAN_AGE);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        fixture.registerCommandHandlerInterceptor(new ActorRequiredInterceptor());
    }

    private static CommandMessage<Object> byCurator(Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(CURATOR_ACTOR.asMetaData()));
    }

    private static ProgramCreated created() {
        return new ProgramCreated(PROGRAM, GYMNASIUM_2, YEAR_2021, TITLE);
    }

    @Test
    void createsProgramInPreparation() {
        fixture.givenNoPriorActivity()
                .when(new CreateProgram(PROGRAM, GYMNASIUM_2, YEAR_2021, "  " + TITLE + " "),
                        CURATOR_ACTOR.asMetaData())
                .expectSuccessfulHandlerExecution()
                .expectEvents(created());
    }

    @Test
    void cannotCreateTheSameProgramTwice() {
        // the event store refuses a second stream for one program id (on PostgreSQL: its unique key)
        fixture.given(created())
                .when(new CreateProgram(PROGRAM, GYMNASIUM_2, YEAR_2021, "Другое название"),
                        CURATOR_ACTOR.asMetaData())
                .expectException(EventStoreException.class);
    }

    @Test
    void cannotOpenASecondProgramWithTheSameTitleInOneOrganizationAndYear() {
        takenTitles.add(GYMNASIUM_2 + "|" + YEAR_2021 + "|" + ProgramTitles.key(TITLE));

        fixture.givenNoPriorActivity()
                .when(new CreateProgram(ProgramId.random(), GYMNASIUM_2, YEAR_2021, TITLE.toUpperCase()),
                        CURATOR_ACTOR.asMetaData())
                .expectNoEvents()
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(containsString("уже есть программа"));
    }

    @Test
    void theSameTitleIsFreeInAnotherYear() {
        takenTitles.add(GYMNASIUM_2 + "|" + YEAR_2021 + "|" + ProgramTitles.key(TITLE));
        ProgramId next = ProgramId.random();
        AcademicPeriod nextYear = AcademicPeriod.parse("2022-2023");

        fixture.givenNoPriorActivity()
                .when(new CreateProgram(next, GYMNASIUM_2, nextYear, TITLE), CURATOR_ACTOR.asMetaData())
                .expectEvents(new ProgramCreated(next, GYMNASIUM_2, nextYear, TITLE));
    }

    @Test
    void rejectsABlankTitle() {
        fixture.givenNoPriorActivity()
                .when(new CreateProgram(PROGRAM, GYMNASIUM_2, YEAR_2021, "   "), CURATOR_ACTOR.asMetaData())
                .expectNoEvents()
                .expectException(JSR303ViolationException.class)
                .expectExceptionMessage(containsString("title"));
    }

    @Test
    void rejectsAProgramWithoutOrganizationOrPeriod() {
        fixture.givenNoPriorActivity()
                .when(new CreateProgram(PROGRAM, null, null, TITLE), CURATOR_ACTOR.asMetaData())
                .expectNoEvents()
                .expectException(allOf(isA(JSR303ViolationException.class),
                        hasProperty("message", allOf(containsString("organizationId"), containsString("period")))));
    }

    @Test
    void refusesACommandThatDoesNotSayWhoIssuedIt() {
        fixture.givenNoPriorActivity()
                .when(new CreateProgram(PROGRAM, GYMNASIUM_2, YEAR_2021, TITLE))
                .expectNoEvents()
                .expectException(MissingActorException.class);
    }

    @Test
    void appointsTheCuratorByOrder() {
        fixture.given(created())
                .when(byCurator(new AppointCurator(PROGRAM, CURATOR, " 112-о ", LocalDate.of(2021, 8, 30))))
                .expectEvents(new CuratorAppointed(PROGRAM, CURATOR, "112-о", LocalDate.of(2021, 8, 30)));
    }

    @Test
    void replacesTheCuratorByALaterOrder() {
        PersonId successor = new PersonId(UUID.randomUUID());
        fixture.given(created(), new CuratorAppointed(PROGRAM, CURATOR, "112-о", LocalDate.of(2021, 8, 30)))
                .when(byCurator(new AppointCurator(PROGRAM, successor, "15-о", LocalDate.of(2022, 1, 20))))
                .expectEvents(new CuratorAppointed(PROGRAM, successor, "15-о", LocalDate.of(2022, 1, 20)));
    }

    @Test
    void cannotAppointTheSameCuratorAgain() {
        fixture.given(created(), new CuratorAppointed(PROGRAM, CURATOR, "112-о", LocalDate.of(2021, 8, 30)))
                .when(byCurator(new AppointCurator(PROGRAM, CURATOR, "113-о", LocalDate.of(2021, 9, 1))))
                .expectNoEvents()
                .expectException(hasProperty("code", equalTo("program.curator-already-appointed")));
    }

    @Test
    void cannotAppointACuratorToAnUnknownProgram() {
        fixture.givenNoPriorActivity()
                .when(byCurator(new AppointCurator(PROGRAM, CURATOR, "112-о", LocalDate.of(2021, 8, 30))))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void rejectsACuratorAppointmentWithoutOrderNumberOrDate() {
        fixture.given(created())
                .when(byCurator(new AppointCurator(PROGRAM, CURATOR, " ", null)))
                .expectNoEvents()
                .expectException(allOf(isA(JSR303ViolationException.class),
                        hasProperty("message", allOf(containsString("orderNumber"), containsString("orderDate")))));
    }
}
