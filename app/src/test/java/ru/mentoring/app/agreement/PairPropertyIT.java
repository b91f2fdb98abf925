package ru.mentoring.app.agreement;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import ru.mentoring.api.audit.FindPairAsOf;
import ru.mentoring.api.audit.PairAsOf;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.pair.FindPairJournal;
import ru.mentoring.api.pair.FindPairProgress;
import ru.mentoring.api.pair.FindProgramPairs;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PairJournal;
import ru.mentoring.api.pair.PairProgress;
import ru.mentoring.command.pair.Pair;
import ru.mentoring.api.reporting.FindKpiReport;
import ru.mentoring.api.reporting.KpiReport;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pair's events mean one thing wherever they are read: each try takes a pair its program's order has fixed and
 * its policy opened, sends it a generated life — meetings, plan, agreement, feedback, an end — and its as-of view
 * agrees with its journal at once, and at the end with its progress, the program's list of pairs and, school by
 * school, the KPI report's plans done on every fact each shows.
 */
class PairPropertyIT extends PropertyApplication {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /** The facts compared; {@code null} where a view does not show one. */
    record Shown(String status, Integer mentors, Integer mentees, LocalDate agreementSignedOn, Integer planRevision,
                 Integer planActivities, Integer planDone, Integer planPercent, Map<MeetingType, Integer> meetings,
                 LocalDate lastMeetingOn, String outcome) {
    }

    /** A school's plans, as the KPI report's target «Выполнение индивидуальных планов» counts them. */
    record Plans(Long done, Long planned) {
    }

    private final LocalDate today = LocalDate.now(MOSCOW);
    private final Map<PairId, String> stories = new ConcurrentHashMap<>();
    private PairPool pool;

    @Provide
    Arbitrary<PairPlan> lives() {
        return PairPlan.any();
    }

    @Property(tries = 200)
    void thePairsViewsAgree(@ForAll("lives") PairPlan plan) {
        if (pool == null) {
            // made in the first try: Spring's beans are injected into the test instance for the tries
            pool = new PairPool(commands, new StoredEvents(eventStore), today.minusDays(120));
        }
        PairPool.Opened pair = pool.next();
        CommandLog log = new CommandLog(commands, pair.curator());
        log.note(pair.toString());
        new PairRun(pair, log, today).run(plan);
        stories.put(pair.pair(), log.toString());

        assertThat(asOf(pair.pair())).as("the as-of view of a pair just worked with\n%s", log).isNotNull();
        assertThat(storedViews().disagreements(pair.pair())).as("%s", log).isEmpty();
    }

    @AfterProperty
    void projectionsAgreeWithTheAsOfView() {
        assertThat(stories).as("sequences generated and sent, each to an aggregate of its own")
                .hasSizeGreaterThanOrEqualTo(200);
        projectedViews().awaitAgreement(stories.keySet(), stories::get, Duration.ofSeconds(60));
        new Sources<OrganizationId, Plans>()
                .add("as-of of its pairs", this::plansAsOf)
                .add("KPI report", this::plansReported)
                .awaitAgreement(pool.made().stream().map(PairPool.Opened::school).distinct().toList(),
                        school -> "the pool's pairs of school " + school, Duration.ofSeconds(30));
    }

    /** The views read from the pair's stored events, which show a step the moment it is stored. */
    private Sources<PairId, Shown> storedViews() {
        return new Sources<PairId, Shown>()
                .add("aggregate", this::aggregate)
                .add("as-of", this::asOf)
                .add("journal", this::journal);
    }

    private Sources<PairId, Shown> projectedViews() {
        return storedViews()
                .add("progress", id -> progress(one(new FindPairProgress(id), PairProgress.class)))
                .add("program's pairs", id -> all(new FindProgramPairs(program(id), false), PairProgress.class)
                        .stream().filter(pair -> pair.pairId().equals(id.value())).findFirst()
                        .map(PairPropertyIT::progress).orElse(null));
    }

    /** The aggregate as the command side loads it to decide (from its snapshot, if any), in its own view. */
    private Shown aggregate(PairId id) {
        return shown(loaded(Pair.class, id, loaded -> loaded.asOf(now())));
    }

    private Shown asOf(PairId id) {
        return shown(one(new FindPairAsOf(id, Instant.now()), PairAsOf.class));
    }

    private static Shown shown(PairAsOf view) {
        return view == null ? null : new Shown(view.status(), view.mentors(), view.mentees(),
                view.agreementSignedOn(), view.planRevision(), view.planActivities(), view.planDone(),
                view.planCompletionPercent(), view.meetings(), view.lastMeetingOn(), view.outcome());
    }

    /** The journal lists the plan's activities and the meetings one by one: the counts are theirs. */
    private Shown journal(PairId id) {
        PairJournal view = one(new FindPairJournal(id), PairJournal.class);
        if (view == null) {
            return null;
        }
        Map<MeetingType, Integer> meetings = new EnumMap<>(MeetingType.class);
        for (MeetingType type : MeetingType.values()) {
            meetings.put(type, (int) view.meetings().stream().filter(meeting -> meeting.type() == type).count());
        }
        int activities = view.activities().size();
        int done = (int) view.activities().stream().filter(PairJournal.Activity::done).count();
        return new Shown(view.status(), view.mentors().size(), view.mentees().size(), view.agreementSignedOn(),
                view.planRevision(), activities, done, activities == 0 ? 0 : 100 * done / activities, meetings,
                view.meetings().isEmpty() ? null : view.meetings().get(view.meetings().size() - 1).date(),
                view.outcome());
    }

    private static Shown progress(PairProgress view) {
        return view == null ? null : new Shown(view.status(), view.mentors().size(), view.mentees().size(),
                view.agreementSignedOn(), view.planRevision(), view.planActivities(), view.planActivitiesDone(),
                view.planCompletion(), view.meetings(), view.lastMeetingOn(), view.outcome());
    }

    private ru.mentoring.api.program.ProgramId program(PairId id) {
        return pool.made().stream().filter(pair -> pair.pair().equals(id)).findFirst().orElseThrow().program();
    }

    /** A dissolved pair's plan no longer counts; a completed one's still does. */
    private Plans plansAsOf(OrganizationId school) {
        long done = 0;
        long planned = 0;
        for (PairPool.Opened pair : pool.made()) {
            PairAsOf view = pair.school().equals(school) ? one(new FindPairAsOf(pair.pair(), Instant.now()),
                    PairAsOf.class) : null;
            if (view != null && !view.status().equals("DISSOLVED")) {
                done += view.planDone();
                planned += view.planActivities();
            }
        }
        return new Plans(done, planned);
    }

    /** The report sums over the rows it has: with none it knows no total, which is none planned. */
    private Plans plansReported(OrganizationId school) {
        KpiReport report = one(new FindKpiReport(school.value(), null, pool.period().startYear(), null),
                KpiReport.class);
        return report == null ? null : report.organizationTargets().stream()
                .filter(check -> check.code().equals("plans-done")).findFirst()
                .map(check -> new Plans(check.numerator(), check.denominator() == null ? 0 : check.denominator()))
                .orElse(null);
    }
}
