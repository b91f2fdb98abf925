package ru.mentoring.query.reporting;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.reporting.CheckReportScope;
import ru.mentoring.api.reporting.ReportScopeCheck;
import ru.mentoring.api.reporting.ReportScopeCheck.Missing;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;

import java.util.List;

/**
 * Tells whether a report's organization or territory is known, so that a typo answers «not found» with the
 * nearest known names instead of a report of zeros. A territory is known when an organization of the directory
 * lies in it, or when reference data (figures or targets) was entered for it.
 */
@Component
class ReportScopeQueries {

    private static final String REGIONS = """
            SELECT region FROM organization_directory
            UNION SELECT region FROM territory_figures
            UNION SELECT region FROM kpi_target""";

    private static final String MUNICIPALITIES = """
            SELECT municipality FROM organization_directory WHERE region = ?
            UNION SELECT municipality FROM territory_figures WHERE region = ? AND level = 'MUNICIPALITY'
            UNION SELECT municipality FROM kpi_target WHERE region = ? AND level = 'MUNICIPALITY'""";

    private final JdbcClient jdbc;

    ReportScopeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    ReportScopeCheck handle(CheckReportScope query) {
        if (query.organizationId() != null) {
            boolean known = jdbc.sql("SELECT count(*) FROM organization_directory WHERE organization_id = ?")
                    .param(query.organizationId()).query(Long.class).single() > 0;
            return known ? ReportScopeCheck.known()
                    : new ReportScopeCheck(Missing.ORGANIZATION, query.organizationId().toString(), List.of());
        }
        TerritoryId territory = query.territory();
        List<String> regions = jdbc.sql(REGIONS).query(String.class).list();
        if (!regions.contains(territory.region())) {
            return new ReportScopeCheck(Missing.REGION, territory.region(),
                    ClosestNames.to(territory.region(), regions));
        }
        if (territory.level() == TerritoryLevel.REGION) {
            return ReportScopeCheck.known();
        }
        List<String> municipalities = jdbc.sql(MUNICIPALITIES)
                .params(territory.region(), territory.region(), territory.region()).query(String.class).list();
        return municipalities.contains(territory.municipality()) ? ReportScopeCheck.known()
                : new ReportScopeCheck(Missing.MUNICIPALITY, territory.municipality(),
                ClosestNames.to(territory.municipality(), municipalities));
    }
}
