package ru.mentoring.query.reporting;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.organization.FindOrganizationHeadcounts;
import ru.mentoring.api.organization.OrganizationHeadcounts;
import ru.mentoring.api.reporting.FindTerritoryReferenceData;
import ru.mentoring.api.reporting.Kpi;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryYear;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Answers what reference data was entered, for the pages where staff keep it: a territory's figures and
 * targets year by year, an organization's headcounts year by year.
 */
@Component
class ReferenceDataQueries {

    private final JdbcClient jdbc;

    ReferenceDataQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<TerritoryYear> handle(FindTerritoryReferenceData query) {
        TerritoryId territory = query.territory();
        Object[] key = {territory.level().name(), territory.region(), ReferenceDataProjection.municipality(territory)};
        Map<Integer, Map<String, Object>> figures = new TreeMap<>();
        jdbc.sql("SELECT * FROM territory_figures WHERE level = ? AND region = ? AND municipality = ?")
                .params(key).query().listOfRows()
                .forEach(row -> figures.put((Integer) row.get("year"), row));
        Map<Integer, Map<Kpi, Integer>> targets = new TreeMap<>();
        jdbc.sql("SELECT year, kpi, target FROM kpi_target WHERE level = ? AND region = ? AND municipality = ?")
                .params(key).query().listOfRows()
                .forEach(row -> targets.computeIfAbsent((Integer) row.get("year"), year -> new EnumMap<>(Kpi.class))
                        .put(Kpi.valueOf((String) row.get("kpi")), (Integer) row.get("target")));
        TreeSet<Integer> years = new TreeSet<>(figures.keySet());
        years.addAll(targets.keySet());
        List<TerritoryYear> answer = new ArrayList<>();
        for (int year : years) {
            Map<String, Object> row = figures.getOrDefault(year, Map.of());
            answer.add(new TerritoryYear(year, (Integer) row.get("children_10_19"),
                    (Integer) row.get("children_15_19"), (Integer) row.get("young_teachers"),
                    (Integer) row.get("enterprises"), targets.getOrDefault(year, Map.of())));
        }
        return answer;
    }

    @QueryHandler
    List<OrganizationHeadcounts> handle(FindOrganizationHeadcounts query) {
        return jdbc.sql("SELECT year, students, teachers FROM organization_headcount WHERE organization_id = ? "
                        + "ORDER BY year")
                .param(query.organizationId())
                .query((row, number) -> new OrganizationHeadcounts(row.getInt("year"), row.getInt("students"),
                        row.getInt("teachers")))
                .list();
    }
}
