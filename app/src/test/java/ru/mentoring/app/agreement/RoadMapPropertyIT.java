package ru.mentoring.app.agreement;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.mentoring.api.audit.FindRoadMapAsOf;
import ru.mentoring.api.audit.RoadMapAsOf;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.reporting.TerritoryLevel;
import ru.mentoring.api.roadmap.FindOverdueItems;
import ru.mentoring.api.roadmap.FindRoadMapItems;
import ru.mentoring.api.roadmap.FindRoadMapProgress;
import ru.mentoring.api.roadmap.FindRoadMaps;
import ru.mentoring.api.roadmap.OverdueItem;
import ru.mentoring.api.roadmap.ProgressCounts;
import ru.mentoring.api.roadmap.RoadMapId;
import ru.mentoring.api.roadmap.RoadMapItemView;
import ru.mentoring.api.roadmap.RoadMapLevel;
import ru.mentoring.api.roadmap.RoadMapProgress;
import ru.mentoring.api.roadmap.RoadMapSummary;
import ru.mentoring.command.roadmap.RoadMap;
import ru.mentoring.app.TestSchool;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A road map's events mean one thing wherever they are read: generated road maps of a school, its municipality
 * and its region are drafted, approved, amended and worked through by the region's administrator, in a period whose
 * earlier dates have passed, so the deadlines mark their items overdue in the application's own time. Each try
 * checks the as-of view at once. At the end, once the deadlines due have fired, each road map takes its later steps
 * on items already overdue, and when those deadlines have fired too, the as-of view agrees with the road map's
 * progress, its items, the list of road maps and the escalation list on every fact each shows.
 */
class RoadMapPropertyIT extends PropertyApplication {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /**
     * The facts compared; {@code null} where a view does not show one. {@code items} lists each item as
     * «number | activity | status | overdue», sorted: the as-of view lists them in the order they were planned,
     * the progress in the document's order of sections.
     */
    record Shown(String title, String level, String period, Integer revision, Integer approvedRevision,
                 Integer itemCount, List<String> items, Integer done, Integer overdue) {
    }

    @Autowired
    private JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(MOSCOW);
    private final Map<RoadMapId, RoadMapRun> runs = new ConcurrentHashMap<>();
    private final Map<RoadMapId, CommandLog> logs = new ConcurrentHashMap<>();
    private final Map<RoadMapId, RoadMapLevel> levels = new ConcurrentHashMap<>();
    private final Map<RoadMapId, UUID> owners = new ConcurrentHashMap<>();
    private TestSchool school;

    @Provide
    Arbitrary<RoadMapPlan> plans() {
        return RoadMapPlan.any();
    }

    @Property(tries = 200)
    void theRoadMapsViewsAgree(@ForAll("plans") RoadMapPlan plan) {
        if (school == null) {
            // made in the first try: Spring's beans are injected into the test instance for the tries
            school = TestSchool.register(commands, "Школа дорожных карт");
        }
        CommandLog log = new CommandLog(commands, MetaData.from(school.administrator("admin@road-maps").asMetaData()));
        RoadMapRun run = new RoadMapRun(plan, log, eventStore, today);
        UUID owner = owner(plan.level());
        run.start(owner);
        runs.put(run.roadMap, run);
        logs.put(run.roadMap, log);
        levels.put(run.roadMap, plan.level());
        owners.put(run.roadMap, owner);

        assertThat(asOf(run.roadMap)).as("the as-of view of a road map just made\n%s", log).isNotNull();
        // a deadline may mark an item overdue between two readings
        storedViews().awaitAgreement(List.of(run.roadMap), id -> log.toString(), Duration.ofSeconds(10));
    }

    @AfterProperty
    void projectionsAgreeWithTheAsOfView() {
        assertThat(runs).as("sequences generated and sent, each to an aggregate of its own")
                .hasSizeGreaterThanOrEqualTo(200);
        awaitDeadlinesDue();
        runs.values().forEach(RoadMapRun::finish);
        awaitDeadlinesDue();
        projectedViews().awaitAgreement(runs.keySet(), id -> logs.get(id).toString(), Duration.ofSeconds(60));
    }

    /** Waits until no deadline due by now is left to fire (db-scheduler polls every few seconds). */
    private void awaitDeadlinesDue() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.sql(
                "SELECT count(*) FROM scheduled_tasks WHERE execution_time <= now()").query(Long.class).single() == 0);
    }

    private UUID owner(RoadMapLevel level) {
        return switch (level) {
            case ORGANIZATION -> school.id().value();
            case MUNICIPALITY -> new TerritoryId(TerritoryLevel.MUNICIPALITY, school.region(), school.municipality())
                    .uuid();
            case REGION -> new TerritoryId(TerritoryLevel.REGION, school.region(), null).uuid();
        };
    }

    /** The views read from the road map's stored events. */
    private Sources<RoadMapId, Shown> storedViews() {
        return new Sources<RoadMapId, Shown>()
                .add("aggregate", this::aggregate)
                .add("as-of", this::asOf);
    }

    private Sources<RoadMapId, Shown> projectedViews() {
        return storedViews()
                .add("progress", this::progress)
                .add("items", this::items)
                .add("road maps", this::listed)
                .add("escalations", this::escalated);
    }

    /** The aggregate as the command side loads it to decide (from its snapshot, if any), in its own view. */
    private Shown aggregate(RoadMapId id) {
        return shown(loaded(RoadMap.class, id, loaded -> loaded.asOf(now())));
    }

    private Shown asOf(RoadMapId id) {
        return shown(one(new FindRoadMapAsOf(id, Instant.now()), RoadMapAsOf.class));
    }

    private static Shown shown(RoadMapAsOf view) {
        return view == null ? null : new Shown(view.title(), view.level(), view.period(), view.revision(),
                view.approvedRevision(), view.items().size(), view.items().stream()
                .map(item -> line(item.number(), item.activity(), item.status(), item.overdue())).sorted().toList(),
                view.done(), view.overdue());
    }

    private Shown progress(RoadMapId id) {
        RoadMapProgress view = one(new FindRoadMapProgress(id, today), RoadMapProgress.class);
        return view == null ? null : new Shown(view.title(), view.level().name(), view.period(), view.revision(),
                view.approvedRevision(), view.total().items(), null, view.total().done(), view.total().overdue());
    }

    private Shown items(RoadMapId id) {
        List<RoadMapItemView> items = all(new FindRoadMapItems(id), RoadMapItemView.class);
        return new Shown(null, null, null, null, null, items.size(), items.stream()
                .map(item -> line(item.number(), item.activity(), item.status(), item.overdue())).sorted().toList(),
                (int) items.stream().filter(item -> item.status().equals("DONE")).count(),
                (int) items.stream().filter(RoadMapItemView::overdue).count());
    }

    private Shown listed(RoadMapId id) {
        return all(new FindRoadMaps(levels.get(id), owners.get(id), today), RoadMapSummary.class).stream()
                .filter(summary -> summary.roadMapId().equals(id.value())).findFirst()
                .map(summary -> {
                    ProgressCounts total = summary.total();
                    return new Shown(summary.title(), summary.level().name(), summary.period(), summary.revision(),
                            summary.approvedRevision(), total.items(), null, total.done(), total.overdue());
                }).orElse(null);
    }

    /** The escalation list names each overdue item of the road map once. */
    private Shown escalated(RoadMapId id) {
        int overdue = (int) all(new FindOverdueItems(levels.get(id), owners.get(id), today), OverdueItem.class)
                .stream().filter(item -> item.roadMapId().equals(id.value())).count();
        return new Shown(null, null, null, null, null, null, null, null, overdue);
    }

    private static String line(String number, String activity, String status, boolean overdue) {
        return number + " | " + activity + " | " + status + " | " + (overdue ? "overdue" : "on time");
    }
}
