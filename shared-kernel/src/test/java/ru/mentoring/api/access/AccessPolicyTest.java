package ru.mentoring.api.access;

import org.junit.jupiter.api.Test;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.mentoring.api.access.AccessPolicy.Action.COMMAND;
import static ru.mentoring.api.access.AccessPolicy.Action.READ;
import static ru.mentoring.api.access.AccessPolicy.Action.READ_PERSONAL;

class AccessPolicyTest {

    private static final String YUGRA = "Ханты-Мансийский автономный округ – Югра";
    private static final UUID SCHOOL = UUID.randomUUID();
    private static final Place GYMNASIUM = new Place(YUGRA, "город Когалым", SCHOOL);
    private static final Place POKACHI_SCHOOL = new Place(YUGRA, "город Покачи", UUID.randomUUID());
    private static final Place OMSK_SCHOOL = new Place("Омская область", "город Омск", UUID.randomUUID());

    @Test
    void aRegionalAdministratorActsAnywhereInTheRegionAndNowhereElse() {
        Actor admin = new Actor("admin", ActorRole.REGIONAL_ADMINISTRATOR, YUGRA, null, null);

        assertThat(AccessPolicy.allows(admin, COMMAND, List.of(GYMNASIUM))).isTrue();
        assertThat(AccessPolicy.allows(admin, COMMAND, List.of(POKACHI_SCHOOL))).isTrue();
        assertThat(AccessPolicy.allows(admin, READ_PERSONAL, List.of(OMSK_SCHOOL))).isFalse();
    }

    @Test
    void aCoordinatorActsInTheMunicipalityOnly() {
        Actor coordinator = new Actor("c", ActorRole.MUNICIPAL_COORDINATOR, YUGRA, "город Когалым", null);

        assertThat(AccessPolicy.allows(coordinator, COMMAND, List.of(GYMNASIUM))).isTrue();
        assertThat(AccessPolicy.allows(coordinator, COMMAND, List.of(POKACHI_SCHOOL))).isFalse();
        assertThat(AccessPolicy.allows(coordinator, COMMAND, List.of(new Place(YUGRA, null, null)))).isFalse();
    }

    @Test
    void aCuratorActsForTheirOrganizationOnlyNotForItsMunicipality() {
        Actor curator = new Actor("k", ActorRole.ORGANIZATION_CURATOR, null, null, SCHOOL.toString());

        assertThat(AccessPolicy.allows(curator, COMMAND, List.of(GYMNASIUM))).isTrue();
        assertThat(AccessPolicy.allows(curator, COMMAND, List.of(new Place(YUGRA, "город Когалым", null)))).isFalse();
        // a person enrolled in two schools lies in both: either school's curator reaches them
        assertThat(AccessPolicy.allows(curator, READ_PERSONAL, List.of(POKACHI_SCHOOL, GYMNASIUM))).isTrue();
    }

    @Test
    void auditorsAndReportingServicesNeverCommandAndReportingServicesReadNoNames() {
        Actor auditor = new Actor("a", ActorRole.AUDITOR, YUGRA, null, null);
        Actor reporting = new Actor("bi", ActorRole.REPORTING_SERVICE, YUGRA, null, null);

        assertThat(AccessPolicy.allows(auditor, READ_PERSONAL, List.of(GYMNASIUM))).isTrue();
        assertThat(AccessPolicy.allows(auditor, COMMAND, List.of(GYMNASIUM))).isFalse();
        assertThat(AccessPolicy.allows(reporting, READ, List.of(GYMNASIUM))).isTrue();
        assertThat(AccessPolicy.allows(reporting, READ_PERSONAL, List.of(GYMNASIUM))).isFalse();
        assertThat(AccessPolicy.allows(reporting, COMMAND, List.of(GYMNASIUM))).isFalse();
    }

    @Test
    void theOperatorRunsTheInstallationButReachesNoDomainThing() {
        Actor operator = new Actor("op", ActorRole.OPERATOR, null, null, null);

        assertThat(AccessPolicy.runsInstallation(ActorRole.OPERATOR)).isTrue();
        assertThat(AccessPolicy.allows(operator, READ, List.of(GYMNASIUM))).isFalse();
        assertThat(AccessPolicy.allows(operator, COMMAND, List.of(GYMNASIUM))).isFalse();
    }

    @Test
    void nothingIsReachedWhereNothingIsKnown() {
        Actor admin = new Actor("admin", ActorRole.REGIONAL_ADMINISTRATOR, YUGRA, null, null);

        assertThat(AccessPolicy.allows(admin, READ, List.of())).isFalse();
    }

    @Test
    void theSystemsRoleCannotBeClaimedFromOutside() {
        assertThatThrownBy(() -> ActorRole.external("SYSTEM")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActorRole.external("JANITOR")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ActorRole.external("AUDITOR")).isEqualTo(ActorRole.AUDITOR);
    }
}
