package ru.mentoring.query.reporting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.organization.OrganizationHeadcountsSet;
import ru.mentoring.api.reporting.KpiTargetsSet;
import ru.mentoring.api.reporting.TerritoryFiguresSet;
import ru.mentoring.api.reporting.TerritoryId;

/**
 * Keeps the latest reference figures, targets and headcounts of each year. Upserts: applying an event again
 * leaves the same row.
 */
@Component
@ProcessingGroup("reporting-reference")
class ReferenceDataProjection {

    private final JdbcClient jdbc;

    ReferenceDataProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TerritoryFiguresSet event) {
        TerritoryId territory = event.territory();
        jdbc.sql("""
                        INSERT INTO territory_figures (level, region, municipality, year, children_10_19, children_15_19,
                                                       young_teachers, enterprises)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (level, region, municipality, year) DO UPDATE
                           SET children_10_19 = excluded.children_10_19, children_15_19 = excluded.children_15_19,
                               young_teachers = excluded.young_teachers, enterprises = excluded.enterprises""")
                .params(territory.level().name(), territory.region(), municipality(territory), event.year(),
                        event.children10to19(), event.children15to19(), event.youngTeachers(), event.enterprises())
                .update();
    }

    @EventHandler
    void on(KpiTargetsSet event) {
        TerritoryId territory = event.territory();
        event.targets().forEach((kpi, target) -> jdbc.sql("""
                        INSERT INTO kpi_target (level, region, municipality, year, kpi, target)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (level, region, municipality, year, kpi) DO UPDATE SET target = excluded.target""")
                .params(territory.level().name(), territory.region(), municipality(territory), event.year(),
                        kpi.name(), target)
                .update());
    }

    @EventHandler
    void on(OrganizationHeadcountsSet event) {
        jdbc.sql("""
                        INSERT INTO organization_headcount (organization_id, year, students, teachers) VALUES (?, ?, ?, ?)
                        ON CONFLICT (organization_id, year) DO UPDATE
                           SET students = excluded.students, teachers = excluded.teachers""")
                .params(event.organizationId().value(), event.year(), event.students(), event.teachers())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM territory_figures").update();
        jdbc.sql("DELETE FROM kpi_target").update();
        jdbc.sql("DELETE FROM organization_headcount").update();
    }

    static String municipality(TerritoryId territory) {
        return territory.municipality() == null ? "" : territory.municipality();
    }
}
