package ru.mentoring.command.organization;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.OrganizationHeadcountsSet;
import ru.mentoring.api.organization.OrganizationRegistered;
import ru.mentoring.api.organization.RegisterOrganization;
import ru.mentoring.api.organization.SetOrganizationHeadcounts;
import ru.mentoring.api.reporting.MonitoringForm;
import ru.mentoring.api.reporting.MonitoringFormSubmitted;
import ru.mentoring.api.reporting.SubmitMonitoringForm;
import ru.mentoring.command.common.ActorRequiredInterceptor;
import ru.mentoring.command.common.DomainRuleViolation;
import ru.mentoring.command.common.MissingActorException;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.isA;

/**
 * An organization is registered with its names as typed (stripped), takes headcounts for any year, and numbers
 * the monitoring forms it submits per year; a form computed for another organization is refused.
 */
class OrganizationTest {

    private static final OrganizationId SCHOOL = OrganizationId.of("00000000-0000-4000-8000-0000000000c1");
    private static final UUID OTHER_SCHOOL = UUID.fromString("00000000-0000-4000-8000-0000000000c2");
    private static final Map<String, String> ADMINISTRATOR = new Actor("admin@ugra", ActorRole.REGIONAL_ADMINISTRATOR,
            "Ханты-Мансийский автономный округ – Югра", null, null).asMetaData();
    private static final Map<String, String> CURATOR = new Actor("curator@school1", ActorRole.ORGANIZATION_CURATOR,
            null, null, SCHOOL.toString()).asMetaData();
    private static final OrganizationRegistered REGISTERED = new OrganizationRegistered(SCHOOL, "МАОУ СОШ № 1",
            "город Когалым", "Ханты-Мансийский автономный округ – Югра");
    private static final LocalDate SUBMITTED_ON = LocalDate.of(2021, 11, 20);

    private AggregateTestFixture<Organization> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organization.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        fixture.registerCommandHandlerInterceptor(new ActorRequiredInterceptor());
    }

    /** The form the reporting side computed for an organization for the academic year 2020-2021. */
    private static MonitoringForm formOf(UUID organization) {
        return new MonitoringForm(organization, "МАОУ СОШ № 1", "город Когалым",
                "Ханты-Мансийский автономный округ – Югра", "2020-2021", 2, 40, 35, 5, 12, 3, 8, 1, 20, 15, 1,
                95.0, 80.0, 70.0, 8.5, 9.0, 3, 2, LocalDate.of(2021, 11, 25), SUBMITTED_ON, "№ 12-исх", false);
    }

    private static SubmitMonitoringForm submit(int year, MonitoringForm form) {
        return new SubmitMonitoringForm(SCHOOL, year, form, SUBMITTED_ON, " № 12-исх ");
    }

    private static MonitoringFormSubmitted submitted(int year, int version) {
        return new MonitoringFormSubmitted(SCHOOL, year, version, formOf(SCHOOL.value()), SUBMITTED_ON, "№ 12-исх");
    }

    @Test
    void registersAnOrganizationWithItsNamesStripped() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganization(SCHOOL, " МАОУ СОШ № 1 ", "город Когалым\t",
                        " Ханты-Мансийский автономный округ – Югра"), ADMINISTRATOR)
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGISTERED);
    }

    @Test
    void refusesARegistrationThatDoesNotSayWhoIssuedIt() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganization(SCHOOL, "МАОУ СОШ № 1", "город Когалым",
                        "Ханты-Мансийский автономный округ – Югра"))
                .expectNoEvents()
                .expectException(MissingActorException.class);
    }

    @Test
    void refusesAnOrganizationWithoutAMunicipality() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganization(SCHOOL, "МАОУ СОШ № 1", " ",
                        "Ханты-Мансийский автономный округ – Югра"), ADMINISTRATOR)
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void setsHeadcountsForAYearAndCorrectsThemLater() {
        fixture.given(REGISTERED, new OrganizationHeadcountsSet(SCHOOL, 2021, 800, 60))
                .when(new SetOrganizationHeadcounts(SCHOOL, 2021, 820, 61), ADMINISTRATOR)
                .expectEvents(new OrganizationHeadcountsSet(SCHOOL, 2021, 820, 61));
    }

    @Test
    void refusesNegativeHeadcounts() {
        fixture.given(REGISTERED)
                .when(new SetOrganizationHeadcounts(SCHOOL, 2021, -1, 60), ADMINISTRATOR)
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void refusesHeadcountsOfAYearOutsideTheCalendar() {
        fixture.given(REGISTERED)
                .when(new SetOrganizationHeadcounts(SCHOOL, 1999, 800, 60), ADMINISTRATOR)
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void refusesHeadcountsThatDoNotSayWhoIssuedThem() {
        fixture.given(REGISTERED)
                .when(new SetOrganizationHeadcounts(SCHOOL, 2021, 800, 60))
                .expectNoEvents()
                .expectException(MissingActorException.class);
    }

    @Test
    void refusesHeadcountsOfAnUnregisteredOrganization() {
        fixture.givenNoPriorActivity()
                .when(new SetOrganizationHeadcounts(SCHOOL, 2021, 800, 60), ADMINISTRATOR)
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void theFirstFormOfAYearIsVersionOneWithItsReferenceStripped() {
        fixture.given(REGISTERED)
                .when(submit(2021, formOf(SCHOOL.value())), CURATOR)
                .expectEvents(submitted(2021, 1));
    }

    @Test
    void submittingAgainMakesTheNextVersionOfThatYear() {
        fixture.given(REGISTERED, submitted(2021, 1), submitted(2021, 2), submitted(2020, 1))
                .when(submit(2021, formOf(SCHOOL.value())), CURATOR)
                .expectEvents(submitted(2021, 3));
    }

    @Test
    void theFormsOfAnotherYearDoNotCountTowardsAVersion() {
        fixture.given(REGISTERED, submitted(2020, 1), submitted(2020, 2))
                .when(submit(2021, formOf(SCHOOL.value())), CURATOR)
                .expectEvents(submitted(2021, 1));
    }

    @Test
    void refusesAFormComputedForAnotherOrganization() {
        fixture.given(REGISTERED)
                .when(submit(2021, formOf(OTHER_SCHOOL)), CURATOR)
                .expectNoEvents()
                .expectException(allOf(isA(DomainRuleViolation.class),
                        hasProperty("code", equalTo("monitoring-form.other-organization")),
                        hasProperty("message", equalTo("Форма мониторинга относится к другой организации"))));
    }

    @Test
    void refusesAFormWithoutAReference() {
        fixture.given(REGISTERED)
                .when(new SubmitMonitoringForm(SCHOOL, 2021, formOf(SCHOOL.value()), SUBMITTED_ON, " "), CURATOR)
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void refusesAFormThatDoesNotSayWhoSubmittedIt() {
        fixture.given(REGISTERED)
                .when(submit(2021, formOf(SCHOOL.value())))
                .expectNoEvents()
                .expectException(MissingActorException.class);
    }

    @Test
    void refusesAFormOfAnUnregisteredOrganization() {
        fixture.givenNoPriorActivity()
                .when(submit(2021, formOf(SCHOOL.value())), CURATOR)
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }
}
