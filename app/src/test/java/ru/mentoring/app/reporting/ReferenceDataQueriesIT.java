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
import ru.mentoring.api.organization.SetOrganizationHeadcounts;
import ru.mentoring.api.reporting.FindTerritoryReferenceData;
import ru.mentoring.api.reporting.Kpi;
import ru.mentoring.api.reporting.SetKpiTargets;
import ru.mentoring.api.reporting.SetTerritoryFigures;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;
import ru.mentoring.api.reporting.TerritoryYear;
import ru.mentoring.app.ApplicationIT;
import ru.mentoring.app.TestSchool;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reference data as the pages that keep it read it back: a territory's years with figures and targets
 * (a year may have only one of them, a corrected figure replaces the old one), an organization's headcounts.
 * Each is kept by the staff of its own territory.
 */
class ReferenceDataQueriesIT extends ApplicationIT {

    private static final String REGION = "Регион справочных данных";
    /** The coordinator of the city keeps its figures; the region's administrator keeps its schools'. */
    private static final MetaData COORDINATOR = MetaData.from(
            new Actor("coordinator@langepas", ActorRole.MUNICIPAL_COORDINATOR, REGION, "город Лангепас", null)
                    .asMetaData());

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;

    @Test
    void territoryYearsShowTheLatestFiguresAndTheTargetsOfEachYear() {
        TerritoryId city = new TerritoryId(TerritoryLevel.MUNICIPALITY, REGION, "город Лангепас");
        commands.sendAndWait(new SetTerritoryFigures(city, 2020, 3000, 1400, 90, 40), COORDINATOR);
        commands.sendAndWait(new SetTerritoryFigures(city, 2020, 3100, 1450, 95, 42), COORDINATOR);
        commands.sendAndWait(new SetKpiTargets(city, 2020, Map.of(Kpi.MENTEES_10_19, 10, Kpi.ENTERPRISES, 5)),
                COORDINATOR);
        commands.sendAndWait(new SetKpiTargets(city, 2024, Map.of(Kpi.MENTEES_10_19, 70)), COORDINATOR);

        List<TerritoryYear> years = await().atMost(Duration.ofSeconds(20)).until(() -> queries.query(
                        new FindTerritoryReferenceData(city), ResponseTypes.multipleInstancesOf(TerritoryYear.class))
                .join(), found -> found.size() == 2 && Integer.valueOf(3100).equals(found.get(0).children10to19())
                && !found.get(0).targets().isEmpty());

        assertThat(years.get(0)).isEqualTo(new TerritoryYear(2020, 3100, 1450, 95, 42,
                Map.of(Kpi.MENTEES_10_19, 10, Kpi.ENTERPRISES, 5)));
        assertThat(years.get(1)).isEqualTo(new TerritoryYear(2024, null, null, null, null,
                Map.of(Kpi.MENTEES_10_19, 70)));
    }

    @Test
    void organizationHeadcountsComeYearByYear() {
        TestSchool registered = TestSchool.register(commands, "МАОУ СОШ № 5");
        OrganizationId school = registered.id();
        MetaData admin = MetaData.from(registered.administrator("admin@region").asMetaData());
        commands.sendAndWait(new SetOrganizationHeadcounts(school, 2021, 900, 60), admin);
        commands.sendAndWait(new SetOrganizationHeadcounts(school, 2020, 880, 58), admin);

        List<OrganizationHeadcounts> headcounts = await().atMost(Duration.ofSeconds(20)).until(() -> queries.query(
                new FindOrganizationHeadcounts(school.value()),
                ResponseTypes.multipleInstancesOf(OrganizationHeadcounts.class)).join(), found -> found.size() == 2);

        assertThat(headcounts).containsExactly(new OrganizationHeadcounts(2020, 880, 58),
                new OrganizationHeadcounts(2021, 900, 60));
    }
}
