package ru.mentoring.app.reporting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mentoring.api.audit.EventHashChain;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transaction;

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

    /**
     * A territory whose first figures were stored while the aggregate kept its identifier as text — the row
     * written here as that release wrote it, under {@code MUNICIPALITY:region/municipality} — still loads: new
     * targets and a correction join its stream as sequences 1 and 2 instead of starting a second one.
     */
    @Test
    void aTerritoryStoredWhileItsIdentifierWasTextTakesNewFiguresInTheSameStream() {
        TerritoryId city = new TerritoryId(TerritoryLevel.MUNICIPALITY, REGION, "город Покачи");
        String storedAs = "MUNICIPALITY:" + REGION + "/город Покачи";
        MetaData coordinator = MetaData.from(new Actor("coordinator@pokachi", ActorRole.MUNICIPAL_COORDINATOR, REGION,
                "город Покачи", null).asMetaData());
        storeFiguresAsTheTextIdentifierReleaseDid(storedAs, """
                {"territory":{"level":"MUNICIPALITY","region":"%s","municipality":"город Покачи"},"year":2019,\
                "children10to19":2000,"children15to19":900,"youngTeachers":30,"enterprises":11}""".formatted(REGION));

        commands.sendAndWait(new SetKpiTargets(city, 2019, Map.of(Kpi.MENTEES_10_19, 15)), coordinator);
        commands.sendAndWait(new SetTerritoryFigures(city, 2019, 2100, 900, 30, 11), coordinator);

        assertThat(jdbc.sql("""
                        SELECT sequencenumber || ' ' || type || ' ' || payloadtype FROM domainevententry
                         WHERE aggregateidentifier = ? ORDER BY sequencenumber""")
                .param(storedAs).query(String.class).list()).containsExactly(
                "0 Territory ru.mentoring.api.reporting.TerritoryFiguresSet",
                "1 Territory ru.mentoring.api.reporting.KpiTargetsSet",
                "2 Territory ru.mentoring.api.reporting.TerritoryFiguresSet");
        List<TerritoryYear> years = await().atMost(Duration.ofSeconds(20)).until(() -> queries.query(
                        new FindTerritoryReferenceData(city), ResponseTypes.multipleInstancesOf(TerritoryYear.class))
                .join(), found -> found.size() == 1 && Integer.valueOf(2100).equals(found.get(0).children10to19())
                && !found.get(0).targets().isEmpty());
        assertThat(years).containsExactly(new TerritoryYear(2019, 2100, 900, 30, 11, Map.of(Kpi.MENTEES_10_19, 15)));
    }

    /** The row and its chain link as Axon's JDBC event store and {@code EventChainWriter} wrote them. */
    private void storeFiguresAsTheTextIdentifierReleaseDid(String aggregateId, String json) {
        String figuresSet = "ru.mentoring.api.reporting.TerritoryFiguresSet";
        byte[] payload = json.getBytes(StandardCharsets.UTF_8);
        byte[] metadata = """
                {"actorId":"coordinator@pokachi","actorRole":"MUNICIPAL_COORDINATOR","actorRegion":"%s",\
                "actorMunicipality":"город Покачи"}""".formatted(REGION).getBytes(StandardCharsets.UTF_8);
        String eventId = UUID.randomUUID().toString();
        String timestamp = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                            INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                          metadata, payload, payloadrevision, payloadtype, "timestamp")
                            VALUES (?, 0, 'Territory', ?, ?, ?, '1', ?, ?)""")
                    .params(aggregateId, eventId, metadata, payload, figuresSet, timestamp)
                    .update();
            jdbc.sql("""
                            INSERT INTO event_hash_chain (aggregateidentifier, sequencenumber, eventidentifier, hash)
                            VALUES (?, 0, ?, ?)""")
                    .params(aggregateId, eventId, EventHashChain.link(null, aggregateId, 0, eventId, figuresSet,
                            payload, metadata, timestamp))
                    .update();
        });
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
