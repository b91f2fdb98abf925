package ru.mentoring.app.security;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.access.Place;
import ru.mentoring.api.common.ActorRole;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RoleScopesTest {

    private static final String YUGRA = "Ханты-Мансийский автономный округ – Югра";
    private static final UUID OMSK_SCHOOL = UUID.randomUUID();
    private static final List<Place> IN_OMSK = List.of(new Place("Омская область", "город Омск", OMSK_SCHOOL));

    @Test
    void eachRoleTakesItsOwnScope() {
        assertThat(fields(RoleScopes.check(ActorRole.MUNICIPAL_COORDINATOR, YUGRA, null, null, List.of(),
                ActorRole.OPERATOR, null))).containsExactly("municipality");
        assertThat(fields(RoleScopes.check(ActorRole.ORGANIZATION_CURATOR, null, null, null, List.of(),
                ActorRole.OPERATOR, null))).containsExactly("organization");
        assertThat(fields(RoleScopes.check(ActorRole.OPERATOR, YUGRA, null, null, List.of(), ActorRole.OPERATOR,
                null))).containsExactly("region");
        assertThat(RoleScopes.check(ActorRole.REPORTING_SERVICE, YUGRA, "город Когалым", null, List.of(),
                ActorRole.OPERATOR, null)).isEmpty();
    }

    @Test
    void aRegionalAdministratorGivesAccessInTheirRegionOnlyAndNeverTheOperatorsRole() {
        assertThat(fields(RoleScopes.check(ActorRole.AUDITOR, "Омская область", null, null, List.of(),
                ActorRole.REGIONAL_ADMINISTRATOR, YUGRA))).containsExactly("region");
        assertThat(fields(RoleScopes.check(ActorRole.ORGANIZATION_CURATOR, null, null, OMSK_SCHOOL, IN_OMSK,
                ActorRole.REGIONAL_ADMINISTRATOR, YUGRA))).containsExactly("organization");
        assertThat(fields(RoleScopes.check(ActorRole.OPERATOR, null, null, null, List.of(),
                ActorRole.REGIONAL_ADMINISTRATOR, YUGRA))).containsExactly("role");
        assertThat(RoleScopes.check(ActorRole.ORGANIZATION_CURATOR, null, null, OMSK_SCHOOL, IN_OMSK,
                ActorRole.OPERATOR, null)).isEmpty();
    }

    @Test
    void anOrganizationTheDirectoryDoesNotKnowIsRefused() {
        assertThat(RoleScopes.check(ActorRole.ORGANIZATION_CURATOR, null, null, UUID.randomUUID(), List.of(),
                ActorRole.OPERATOR, null)).extracting(RoleScopes.Problem::key)
                .containsExactly("scope.organization.unknown");
    }

    private static List<String> fields(List<RoleScopes.Problem> problems) {
        return problems.stream().map(RoleScopes.Problem::field).toList();
    }
}
