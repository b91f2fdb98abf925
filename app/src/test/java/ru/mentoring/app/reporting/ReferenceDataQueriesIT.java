package ru.mentoring.app.reporting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.organization.FindOrganizationHeadcounts;
import ru.mentoring.api.organization.OrganizationHeadcounts;
import ru.mentoring.api.organization.RegisterOrganization;
import ru.mentoring.api.organization.SetOrganizationHeadcounts;
import ru.mentoring.api.reporting.FindTerritoryReferenceData;
import ru.mentoring.api.reporting.Kpi;
import ru.mentoring.api.reporting.SetKpiTargets;
import ru.mentoring.api.reporting.SetTerritoryFigures;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;
import ru.mentoring.api.reporting.TerritoryYear;
import ru.mentoring.app.ApplicationIT;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reference data as the pages that keep it read it back: a territory's years with figures and targets
 * (a year may have only one of them, a corrected figure replaces the old one), an organization's headcounts.
 */
class ReferenceDataQueriesIT extends ApplicationIT {

    private static final MetaData ADMIN = MetaData.from(
            new Actor("admin@region", ActorRole.REGIONAL_ADMINISTRATOR, null, null, null).asMetaData());

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;

    @Test
    void territoryYearsShowTheLatestFiguresAndTheTargetsOfEachYear() {
        TerritoryId city = new TerritoryId(TerritoryLevel.MUNICIPALITY, "Регион справочных данных", "город Лангепас");
        commands.sendAndWait(new SetTerritoryFigures(city, 2020, 3000, 1400, 90, 40), ADMIN);
        commands.sendAndWait(new SetTerritoryFigures(city, 2020, 3100, 1450, 95, 42), ADMIN);
        commands.sendAndWait(new SetKpiTargets(city, 2020, Map.of(Kpi.MENTEES_10_19, 10, Kpi.ENTERPRISES, 5)), ADMIN);
        commands.sendAndWait(new SetKpiTargets(city, 2024, Map.of(Kpi.MENTEES_10_19, 70)), ADMIN);

        List<TerritoryYear> years = await().atMost(Duration.ofSeconds(20)).until(() -> queries.query(
                        new FindTerritoryReferenceData(city), ResponseTypes.multipleInstancesOf(TerritoryYear.class))
                .join(), found -> found.size() == 2 && found.get(0).children10to19() == 3100
                && !found.get(0).targets().isEmpty());

        assertThat(years.get(0)).isEqualTo(new TerritoryYear(2020, 3100, 1450, 95, 42,
                Map.of(Kpi.MENTEES_10_19, 10, Kpi.ENTERPRISES, 5)));
        assertThat(years.get(1)).isEqualTo(new TerritoryYear(2024, null, null, null, null,
                Map.of(Kpi.MENTEES_10_19, 70)));
    }

    @Test
    void organizationHeadcountsComeYearByYear() {
        OrganizationId school = new OrganizationId(UUID.randomUUID());
        commands.sendAndWait(new RegisterOrganization(school, "МАОУ СОШ № 5", "город Лангепас", "Регион"), ADMIN);
        commands.sendAndWait(new SetOrganizationHeadcounts(school, 2021, 900, 60), ADMIN);
        commands.sendAndWait(new SetOrganizationHeadcounts(school, 2020, 880, 58), ADMIN);

        List<OrganizationHeadcounts> headcounts = await().atMost(Duration.ofSeconds(20)).until(() -> queries.query(
                new FindOrganizationHeadcounts(school.value()),
                ResponseTypes.multipleInstancesOf(OrganizationHeadcounts.class)).join(), found -> found.size() == 2);

        assertThat(headcounts).containsExactly(new OrganizationHeadcounts(2020, 880, 58),
                new OrganizationHeadcounts(2021, 900, 60));
    }
}
