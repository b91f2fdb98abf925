package ru.mentoring.query.roadmap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.mentoring.api.roadmap.FindOverdueItems;
import ru.mentoring.api.roadmap.FindRoadMapRollUp;
import ru.mentoring.api.roadmap.FindRoadMaps;
import ru.mentoring.api.roadmap.OverdueItem;
import ru.mentoring.api.roadmap.ProgressCounts;
import ru.mentoring.api.roadmap.ResponsibleProgress;
import ru.mentoring.api.roadmap.RoadMapItemView;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.api.roadmap.RoadMapProgress;
import ru.mentoring.api.roadmap.RoadMapRollUp;
import ru.mentoring.api.roadmap.RoadMapSummary;
import ru.mentoring.api.roadmap.SectionProgress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads of the road-map progress tables: the counts per road map, section and responsible, and the items.
 */
@Repository
class RoadMapProgressQueries {

    /** What is upcoming: due within this many days from the day asked about. */
    static final int UPCOMING_DAYS = 30;

    /** Each item of one road map with whether it is overdue and whether something of it is due soon. */
    private static final String ITEM_STATE = """
            WITH item_state AS (
                SELECT i.item_id, i.section_number, i.responsible, i.status,
                       EXISTS (SELECT 1 FROM road_map_progress_occurrence o
                                WHERE o.item_id = i.item_id AND o.state = 'OVERDUE') AS overdue,
                       EXISTS (SELECT 1 FROM road_map_progress_occurrence o
                                WHERE o.item_id = i.item_id AND o.state = 'OPEN'
                                  AND o.due_date BETWEEN ? AND ?) AS upcoming
                  FROM road_map_progress_item i
                 WHERE i.road_map_id = ?)
            """;
    private static final String COUNTS = """
            count(x.item_id) AS items,
            count(*) FILTER (WHERE x.status = 'DONE') AS done,
            count(*) FILTER (WHERE x.status = 'IN_PROGRESS') AS in_progress,
            count(*) FILTER (WHERE x.status IN ('PLANNED', 'IN_PROGRESS') AND x.overdue) AS overdue,
            count(*) FILTER (WHERE x.status IN ('PLANNED', 'IN_PROGRESS') AND x.upcoming) AS upcoming,
            count(*) FILTER (WHERE x.status = 'CANCELLED') AS cancelled""";

    private final JdbcClient jdbc;

    RoadMapProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RoadMapProgress> progress(UUID roadMapId, LocalDate asOf) {
        return jdbc.sql("SELECT * FROM road_map_progress WHERE road_map_id = ?").param(roadMapId)
                .query((row, number) -> new RoadMapProgress(roadMapId, RoadMapLevel.valueOf(row.getString("level")),
                        row.getObject("owner_id", UUID.class), row.getString("period"), row.getString("title"),
                        row.getInt("revision"), row.getInt("approved_revision"), row.getString("approval_order"),
                        row.getObject("approval_date", LocalDate.class), row.getString("amendment_reason"), asOf,
                        total(roadMapId, asOf), sections(roadMapId, asOf), byResponsible(roadMapId, asOf)))
                .optional();
    }

    List<RoadMapSummary> roadMaps(FindRoadMaps query) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (query.level() != null) {
            where.append(" AND level = ?");
            params.add(query.level().name());
        }
        if (query.ownerId() != null) {
            where.append(" AND owner_id = ?");
            params.add(query.ownerId());
        }
        if (query.region() != null) {
            where.append(" AND owner_id = ANY (?)");
            params.add(RoadMapEscalations.ownersIn(jdbc, query.region(), query.municipality()).toArray(UUID[]::new));
        }
        return jdbc.sql("SELECT * FROM road_map_progress" + where + " ORDER BY created_at DESC, road_map_id")
                .params(params)
                .query((row, number) -> {
                    UUID id = row.getObject("road_map_id", UUID.class);
                    return new RoadMapSummary(id, RoadMapLevel.valueOf(row.getString("level")),
                            row.getObject("owner_id", UUID.class), row.getString("period"), row.getString("title"),
                            row.getInt("revision"), row.getInt("approved_revision"), total(id, query.asOf()));
                })
                .list();
    }

    RoadMapRollUp rollUp(FindRoadMapRollUp query) {
        List<RoadMapSummary> plans = new ArrayList<>();
        List<UUID> without = new ArrayList<>();
        for (UUID organization : query.organizationIds()) {
            List<RoadMapSummary> own = roadMaps(new FindRoadMaps(RoadMapLevel.ORGANIZATION, organization, query.asOf()))
                    .stream().filter(plan -> plan.period().equals(query.period().toString())).toList();
            if (own.isEmpty()) {
                without.add(organization);
            }
            plans.addAll(own);
        }
        return new RoadMapRollUp(plans, without, sum(plans.stream().map(RoadMapSummary::total).toList()));
    }

    private static ProgressCounts sum(List<ProgressCounts> all) {
        int items = 0;
        int done = 0;
        int inProgress = 0;
        int overdue = 0;
        int upcoming = 0;
        int cancelled = 0;
        for (ProgressCounts counts : all) {
            items += counts.items();
            done += counts.done();
            inProgress += counts.inProgress();
            overdue += counts.overdue();
            upcoming += counts.upcoming();
            cancelled += counts.cancelled();
        }
        return new ProgressCounts(items, done, inProgress, overdue, upcoming, cancelled, percent(done, items - cancelled));
    }

    private static double percent(int done, int counted) {
        return counted == 0 ? 0 : Math.round(done * 1000.0 / counted) / 10.0;
    }

    List<OverdueItem> overdue(FindOverdueItems query) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE o.state = 'OVERDUE' AND i.status IN ('PLANNED', 'IN_PROGRESS')");
        if (query.level() != null) {
            where.append(" AND m.level = ?");
            params.add(query.level().name());
        }
        if (query.ownerId() != null) {
            where.append(" AND m.owner_id = ?");
            params.add(query.ownerId());
        }
        if (query.region() != null) {
            where.append(" AND m.owner_id = ANY (?)");
            params.add(RoadMapEscalations.ownersIn(jdbc, query.region(), query.municipality()).toArray(UUID[]::new));
        }
        return jdbc.sql("""
                        SELECT m.road_map_id, m.title AS road_map_title, m.level, m.owner_id, i.item_id, i.number,
                               i.activity, i.responsible, min(o.due_date) AS due_date
                          FROM road_map_progress_occurrence o
                          JOIN road_map_progress_item i ON i.item_id = o.item_id
                          JOIN road_map_progress m ON m.road_map_id = i.road_map_id""" + where + """

                         GROUP BY m.road_map_id, m.title, m.level, m.owner_id, i.item_id, i.number, i.activity,
                                  i.responsible
                         ORDER BY min(o.due_date), m.road_map_id, i.section_number, i.position""")
                .params(params)
                .query((row, number) -> {
                    LocalDate due = row.getObject("due_date", LocalDate.class);
                    return new OverdueItem(row.getObject("road_map_id", UUID.class), row.getString("road_map_title"),
                            RoadMapLevel.valueOf(row.getString("level")), row.getObject("owner_id", UUID.class),
                            row.getObject("item_id", UUID.class), row.getString("number"), row.getString("activity"),
                            lines(row.getString("responsible")), due,
                            Math.max(0, ChronoUnit.DAYS.between(due, query.asOf())));
                })
                .list();
    }

    List<RoadMapItemView> items(UUID roadMapId) {
        Map<UUID, List<LocalDate>> open = new HashMap<>();
        Map<UUID, Boolean> overdue = new HashMap<>();
        jdbc.sql("""
                        SELECT o.item_id, o.due_date, o.state FROM road_map_progress_occurrence o
                          JOIN road_map_progress_item i ON i.item_id = o.item_id
                         WHERE i.road_map_id = ? AND o.state <> 'DONE' ORDER BY o.due_date""")
                .param(roadMapId)
                .query((ResultSet row) -> {
                    UUID item = row.getObject("item_id", UUID.class);
                    open.computeIfAbsent(item, key -> new ArrayList<>()).add(row.getObject("due_date", LocalDate.class));
                    overdue.merge(item, "OVERDUE".equals(row.getString("state")), Boolean::logicalOr);
                });
        return jdbc.sql("SELECT * FROM road_map_progress_item WHERE road_map_id = ? ORDER BY section_number, position")
                .param(roadMapId)
                .query((row, number) -> {
                    UUID item = row.getObject("item_id", UUID.class);
                    List<LocalDate> dueDates = open.getOrDefault(item, List.of());
                    String status = row.getString("status");
                    boolean closed = status.equals("DONE") || status.equals("CANCELLED");
                    return new RoadMapItemView(item, row.getInt("section_number"), row.getString("number"),
                            row.getString("activity"), row.getString("expected_result"), row.getString("indicators"),
                            row.getString("term"), lines(row.getString("responsible")), status,
                            !closed && overdue.getOrDefault(item, false),
                            closed || dueDates.isEmpty() ? null : dueDates.get(0), closed ? List.of() : dueDates,
                            row.getObject("completed_on", LocalDate.class), row.getString("evidence_document"),
                            row.getString("evidence_indicator"), row.getString("evidence_event"),
                            row.getString("cancellation_reason"), row.getObject("program_id", UUID.class),
                            row.getString("milestone"));
                })
                .list();
    }

    private ProgressCounts total(UUID roadMapId, LocalDate asOf) {
        return jdbc.sql(ITEM_STATE + "SELECT " + COUNTS + " FROM item_state x")
                .params(asOf, asOf.plusDays(UPCOMING_DAYS), roadMapId)
                .query(RoadMapProgressQueries::counts)
                .single();
    }

    private List<SectionProgress> sections(UUID roadMapId, LocalDate asOf) {
        return jdbc.sql(ITEM_STATE + """
                        SELECT s.section_number, s.title, %s
                          FROM road_map_progress_section s
                          LEFT JOIN item_state x ON x.section_number = s.section_number
                         WHERE s.road_map_id = ?
                         GROUP BY s.section_number, s.title ORDER BY s.section_number""".formatted(COUNTS))
                .params(asOf, asOf.plusDays(UPCOMING_DAYS), roadMapId, roadMapId)
                .query((row, number) -> new SectionProgress(row.getInt("section_number"), row.getString("title"),
                        counts(row, number)))
                .list();
    }

    private List<ResponsibleProgress> byResponsible(UUID roadMapId, LocalDate asOf) {
        return jdbc.sql(ITEM_STATE + """
                        SELECT r.name, %s
                          FROM item_state x CROSS JOIN LATERAL unnest(string_to_array(x.responsible, E'\\n')) AS r(name)
                         WHERE r.name <> ''
                         GROUP BY r.name ORDER BY r.name""".formatted(COUNTS))
                .params(asOf, asOf.plusDays(UPCOMING_DAYS), roadMapId)
                .query((row, number) -> new ResponsibleProgress(row.getString("name"), counts(row, number)))
                .list();
    }

    private static ProgressCounts counts(ResultSet row, int number) throws SQLException {
        int items = row.getInt("items");
        int done = row.getInt("done");
        int cancelled = row.getInt("cancelled");
        return new ProgressCounts(items, done, row.getInt("in_progress"), row.getInt("overdue"), row.getInt("upcoming"),
                cancelled, percent(done, items - cancelled));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
