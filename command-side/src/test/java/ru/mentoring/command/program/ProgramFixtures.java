package ru.mentoring.command.program;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.UnmetCondition;
import ru.mentoring.command.common.ActorRequiredInterceptor;
import ru.mentoring.command.common.DomainRuleViolation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Program aggregate's test fixture as the application runs it — bean validation and the actor check on
 * the bus, no program titles taken, the default guardian consent age (18) — and matchers for its refusals.
 */
final class ProgramFixtures {

    static final Map<String, String> CURATOR = new Actor("curator@school1", ActorRole.ORGANIZATION_CURATOR, null, null,
            ProgramMother.SCHOOL_1.toString()).asMetaData();

    private ProgramFixtures() {
    }

    /** The installation's default: representatives sign for every minor. */
    static final GuardianConsentAges DEFAULT_GUARDIAN_AGE = program -> new GuardianConsentAge(18, null);

    static AggregateTestFixture<Program> fixture() {
        return fixture(DEFAULT_GUARDIAN_AGE);
    }

    /** The fixture of a program whose region sets the guardian consent age as given. */
    static AggregateTestFixture<Program> fixture(GuardianConsentAges guardianAges) {
        AggregateTestFixture<Program> fixture = new AggregateTestFixture<>(Program.class);
        fixture.registerInjectableResource((ProgramTitles) (organization, period, title) -> false);
        fixture.registerInjectableResource(guardianAges);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        fixture.registerCommandHandlerInterceptor(new ActorRequiredInterceptor());
        return fixture;
    }

    /** A refusal by the rule with this code, its message containing the given text. */
    static Matcher<Object> refused(String code, String messagePart) {
        return new CustomTypeSafeMatcher<>("refused by rule " + code + " saying «" + messagePart + "»") {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof DomainRuleViolation violation && violation.getCode().equals(code)
                        && violation.getMessage().contains(messagePart);
            }
        };
    }

    /** A refused stage transition that names exactly these conditions, in this order. */
    static Matcher<Object> unmet(String... codes) {
        return new CustomTypeSafeMatcher<>("stage conditions unmet " + List.of(codes)) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof StageConditionsUnmet unmet
                        && unmet.getConditions().stream().map(UnmetCondition::code).toList().equals(List.of(codes));
            }
        };
    }

    /** A refused stage transition whose condition with this code names exactly these people. */
    static Matcher<Object> unmetFor(String code, PersonId... people) {
        return new CustomTypeSafeMatcher<>("condition " + code + " naming " + List.of(people)) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof StageConditionsUnmet unmet && unmet.getConditions().stream()
                        .anyMatch(c -> c.code().equals(code) && Set.copyOf(c.people()).equals(Set.of(people)));
            }
        };
    }
}
