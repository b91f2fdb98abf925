package ru.mentoring.app.security;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.RegisterOrganization;
import ru.mentoring.api.program.AcademicPeriod;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.app.TestDatabase;
import ru.mentoring.command.access.AccessDenied;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An installation whose events were stored before the policy kept places gets them from its events on the next
 * start — and the policy then judges its old programs as it judges new ones.
 */
class PlacesBackfillIT {

    private static final String YUGRA = "Ханты-Мансийский автономный округ – Югра";
    private final TestDatabase database = TestDatabase.fresh();

    @Test
    void placesForgottenByTheDatabaseAreReadBackFromTheEvents() {
        OrganizationId school = new OrganizationId(UUID.randomUUID());
        ProgramId program = ProgramId.random();
        Actor admin = new Actor("admin@yugra", ActorRole.REGIONAL_ADMINISTRATOR, YUGRA, null, null);
        try (ConfigurableApplicationContext app = start()) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            commands.sendAndWait(new RegisterOrganization(school, "МАОУ «СОШ № 1»", "город Когалым", YUGRA),
                    MetaData.from(admin.asMetaData()));
            commands.sendAndWait(new CreateProgram(program, school, AcademicPeriod.parse("2021-2022"), "Программа"),
                    MetaData.from(admin.asMetaData()));
            // as an installation of the previous version would be
            jdbc(app).sql("DELETE FROM access_place").update();
        }

        try (ConfigurableApplicationContext app = start()) {
            assertThat(jdbc(app).sql("SELECT count(*) FROM access_place WHERE subject_id IN (?, ?)")
                    .params(school.value(), program.value()).query(Long.class).single()).isEqualTo(2);
            Actor otherRegion = new Actor("admin@omsk", ActorRole.REGIONAL_ADMINISTRATOR, "Омская область", null,
                    null);
            CreateProgram foreign = new CreateProgram(ProgramId.random(), school, AcademicPeriod.parse("2022-2023"),
                    "Чужая программа");
            assertThatThrownBy(() -> app.getBean(CommandGateway.class).sendAndWait(foreign,
                    MetaData.from(otherRegion.asMetaData()))).isInstanceOf(AccessDenied.class);
        }
    }

    private ConfigurableApplicationContext start() {
        return database.start();
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class);
    }
}
