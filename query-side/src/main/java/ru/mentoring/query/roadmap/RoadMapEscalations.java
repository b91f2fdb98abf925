package ru.mentoring.query.roadmap;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;
import ru.mentoring.api.roadmap.FindEscalations;
import ru.mentoring.api.roadmap.FindOverdueItems;
import ru.mentoring.api.roadmap.OverdueItem;
import ru.mentoring.api.roadmap.RoadMapLevel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Escalation goes one level up: an organization's item late for long enough appears on its municipality's list
 * (the organization directory says which municipality), a municipality's item on its region's.
 */
@Component
class RoadMapEscalations {

    private final JdbcClient jdbc;
    private final RoadMapProgressQueries progress;

    RoadMapEscalations(JdbcClient jdbc, RoadMapProgressQueries progress) {
        this.jdbc = jdbc;
        this.progress = progress;
    }

    @QueryHandler
    List<OverdueItem> handle(FindEscalations query) {
        boolean municipality = query.municipality() != null && !query.municipality().isBlank();
        Set<UUID> owners = municipality ? organizationsOf(query.region(), query.municipality())
                : municipalitiesOf(query.region());
        RoadMapLevel level = municipality ? RoadMapLevel.ORGANIZATION : RoadMapLevel.MUNICIPALITY;
        return progress.overdue(new FindOverdueItems(level, null, query.asOf())).stream()
                .filter(item -> owners.contains(item.ownerId()))
                .filter(item -> item.daysOverdue() >= query.afterDays())
                .toList();
    }

    /** The owners of road maps lying in a region, or in one municipality of it: its schools and the territories. */
    static Set<UUID> ownersIn(JdbcClient jdbc, String region, String municipality) {
        Set<UUID> owners = new HashSet<>();
        boolean one = municipality != null && !municipality.isBlank();
        jdbc.sql("SELECT organization_id, municipality FROM organization_directory WHERE region = ?"
                        + (one ? " AND municipality = ?" : ""))
                .params(one ? List.of(region, municipality) : List.of(region))
                .query((java.sql.ResultSet row) -> {
                    owners.add(row.getObject(1, UUID.class));
                    owners.add(new TerritoryId(TerritoryLevel.MUNICIPALITY, region, row.getString(2)).uuid());
                });
        if (!one) {
            owners.add(new TerritoryId(TerritoryLevel.REGION, region, null).uuid());
        }
        return owners;
    }

    private Set<UUID> organizationsOf(String region, String municipality) {
        return new HashSet<>(jdbc.sql("SELECT organization_id FROM organization_directory WHERE region = ? "
                + "AND municipality = ?").params(region, municipality).query(UUID.class).list());
    }

    private Set<UUID> municipalitiesOf(String region) {
        Set<UUID> owners = new HashSet<>();
        jdbc.sql("SELECT DISTINCT municipality FROM organization_directory WHERE region = ?").param(region)
                .query(String.class).list()
                .forEach(name -> owners.add(new TerritoryId(TerritoryLevel.MUNICIPALITY, region, name).uuid()));
        return owners;
    }
}
