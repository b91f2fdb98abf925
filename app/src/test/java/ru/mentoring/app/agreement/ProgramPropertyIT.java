package ru.mentoring.app.agreement;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import ru.mentoring.api.audit.FindProgramAsOf;
import ru.mentoring.api.audit.ProgramAsOf;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.pair.FindProgramPairs;
import ru.mentoring.api.pair.PairProgress;
import ru.mentoring.api.program.FindParticipants;
import ru.mentoring.api.program.FindProgram;
import ru.mentoring.api.program.FindProgramOverview;
import ru.mentoring.api.program.FindProposedPairs;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ParticipantPage;
import ru.mentoring.api.program.ParticipantRole;
import ru.mentoring.api.program.ParticipantRow;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.program.ProgramOverview;
import ru.mentoring.api.program.ProgramStage;
import ru.mentoring.api.program.ProgramSummary;
import ru.mentoring.api.program.ProposedPairView;
import ru.mentoring.api.program.UnmetCondition;
import ru.mentoring.api.reporting.FindKpiReport;
import ru.mentoring.api.reporting.FormCount;
import ru.mentoring.api.reporting.KpiReport;
import ru.mentoring.command.program.Program;
import ru.mentoring.app.TestSchool;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program's events mean one thing wherever they are read: generated programs, each in a school of its own, are
 * taken through the stages by the real application, and the as-of view at the end agrees with the program
 * overview, the registry, the bases, the proposals, the KPI report and the pairs' progress on every fact each
 * of them shows — a pair dissolved after fixing included, whose mentees the program takes back. Each try checks
 * the views read from the event store at once; the projections, which follow in their own time, are compared for
 * all the programs once at the end.
 */
class ProgramPropertyIT extends PropertyApplication {

    private static final int YEAR = 2020;

    /** The facts compared; {@code null} where a view does not show one. */
    record Shown(String title, String period, ProgramStage stage, Boolean completed, Boolean curatorAppointed,
                 Integer documents, Set<MentoringForm> forms, Integer informingEvents, Integer mentees,
                 Integer mentors, Boolean menteeBaseFormed, Boolean mentorBaseFormed, Integer proposedPairs,
                 Integer fixedPairs, Boolean finalEventHeld, Boolean monitoringReportSubmitted) {
    }

    private final Map<ProgramId, String> stories = new ConcurrentHashMap<>();
    private final Map<ProgramId, OrganizationId> schools = new ConcurrentHashMap<>();

    @Provide
    Arbitrary<ProgramPlan> plans() {
        return ProgramPlan.any();
    }

    @Property(tries = 200)
    void theProgramsViewsAgree(@ForAll("plans") ProgramPlan plan) {
        TestSchool school = TestSchool.register(commands, "Школа проверки свойств");
        CommandLog log = new CommandLog(commands, school.asCurator("curator@property"));
        ProgramRun run = new ProgramRun(plan, log, new StoredEvents(eventStore));
        run.run(school.id());
        stories.put(run.program, log.toString());
        schools.put(run.program, school.id());

        assertThat(asOf(run.program)).as("the as-of view of a program just made\n%s", log).isNotNull();
        // a dissolution's mentees come back in the pair policy's own time, and may land between two readings
        storedViews().awaitAgreement(List.of(run.program), stories::get, Duration.ofSeconds(10));
    }

    @AfterProperty
    void projectionsAgreeWithTheAsOfView() {
        assertThat(stories).as("sequences generated and sent, each to an aggregate of its own")
                .hasSizeGreaterThanOrEqualTo(200);
        projectedViews().awaitAgreement(stories.keySet(), stories::get, Duration.ofSeconds(60));
    }

    /** The views read from the program's stored events, which show a step the moment it is stored. */
    private Sources<ProgramId, Shown> storedViews() {
        return new Sources<ProgramId, Shown>()
                .add("aggregate", this::aggregate)
                .add("as-of", this::asOf);
    }

    private Sources<ProgramId, Shown> projectedViews() {
        return storedViews()
                .add("overview", this::overview)
                .add("registry", this::registry)
                .add("bases", this::bases)
                .add("proposals", id -> new Shown(null, null, null, null, null, null, null, null, null, null, null,
                        null, all(new FindProposedPairs(id), ProposedPairView.class).size(), null, null, null))
                .add("KPI report", this::report)
                .add("pairs", this::pairs);
    }

    /** The aggregate as the command side loads it to decide (from its snapshot, if any), in its own view. */
    private Shown aggregate(ProgramId id) {
        return shown(loaded(Program.class, id, loaded -> loaded.asOf(now())));
    }

    private Shown asOf(ProgramId id) {
        return shown(one(new FindProgramAsOf(id, Instant.now()), ProgramAsOf.class));
    }

    private static Shown shown(ProgramAsOf view) {
        return view == null ? null : new Shown(view.title(), view.period(), view.stage(),
                view.stage() == ProgramStage.COMPLETED, view.curatorAppointed(), view.documents(), view.forms(),
                view.informingEvents(), view.mentees(), view.mentors(), view.menteeBaseFormed(),
                view.mentorBaseFormed(), view.proposedPairs(), view.fixedPairs(), view.finalEventHeld(),
                view.monitoringReportSubmitted());
    }

    /**
     * The overview shows a flag of the checklist only while the stage that checks it is current, and shows the kinds
     * of documents registered, not how many: a second order of one kind is a document more in the as-of view.
     */
    private Shown overview(ProgramId id) {
        ProgramOverview view = one(new FindProgramOverview(id), ProgramOverview.class);
        if (view == null) {
            return null;
        }
        Set<String> unmet = view.stillNeeded().stream().map(UnmetCondition::code).collect(Collectors.toSet());
        ProgramStage stage = view.stage();
        Boolean finalEvent = stage == ProgramStage.FINAL ? Boolean.valueOf(!unmet.contains("final-event-missing"))
                : view.participation() != null ? Boolean.TRUE : null;
        return new Shown(view.title(), view.period(), stage, view.completed(),
                checked(stage, ProgramStage.PREPARATION, unmet, "curator-missing"), null, view.forms(),
                view.informingEvents(), view.mentees(), view.mentors(),
                checked(stage, ProgramStage.PREPARATION, unmet, "mentee-base-not-formed"),
                checked(stage, ProgramStage.PREPARATION, unmet, "mentor-base-not-formed"), view.pairsProposed(),
                view.pairsFixed(), finalEvent, checked(stage, ProgramStage.MONITORING, unmet, "report-missing"));
    }

    private static Boolean checked(ProgramStage stage, ProgramStage checking, Set<String> unmet, String code) {
        return stage == checking ? Boolean.valueOf(!unmet.contains(code)) : null;
    }

    private Shown registry(ProgramId id) {
        ProgramSummary view = one(new FindProgram(id), ProgramSummary.class);
        return view == null ? null : new Shown(view.title(), view.period(), null, null, view.curatorId() != null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The bases list each person with the pair they are in: a pair counts by its mentees' rows. */
    private Shown bases(ProgramId id) {
        List<ParticipantRow> rows = single(new FindParticipants(null, null, id.value(), null, null, null, null,
                null, null, null, null, 0, 500), ParticipantPage.class).items();
        if (rows.isEmpty()) {
            return null;
        }
        return new Shown(null, null, null, null, null, null, null, null, count(rows, ParticipantRole.MENTEE),
                count(rows, ParticipantRole.MENTOR), null, null, pairs(rows, "PROPOSED"), pairs(rows, "FIXED"), null,
                null);
    }

    private static int count(List<ParticipantRow> rows, ParticipantRole role) {
        return (int) rows.stream().filter(row -> row.role() == role).count();
    }

    private static int pairs(List<ParticipantRow> rows, String status) {
        return (int) rows.stream().filter(row -> row.role() == ParticipantRole.MENTEE)
                .filter(row -> status.equals(row.pairStatus())).map(ParticipantRow::pairId)
                .filter(Objects::nonNull).distinct().count();
    }

    /** Each program has a school of its own, so the school's report is the program's. */
    private Shown report(ProgramId id) {
        KpiReport view = one(new FindKpiReport(schools.get(id).value(), null, YEAR, null), KpiReport.class);
        if (view == null) {
            return null;
        }
        int fixed = (int) view.byForm().stream().mapToLong(FormCount::pairs).sum();
        Boolean finalEvent = view.organizationTargets().stream()
                .filter(check -> check.code().equals("final-event-participation")).findFirst()
                .map(check -> check.denominator() != null).orElse(null);
        return new Shown(null, null, null, null, null, null, null, null, null, null, null, null, null, fixed,
                finalEvent, null);
    }

    /** Every pair the program fixed has opened; a dissolved one is no longer the program's. */
    private Shown pairs(ProgramId id) {
        List<PairProgress> pairs = all(new FindProgramPairs(id, false), PairProgress.class);
        int holding = (int) pairs.stream().filter(pair -> !pair.status().equals("DISSOLVED")).count();
        return new Shown(null, null, null, null, null, null, null, null, null, null, null, null, null, holding,
                null, null);
    }
}
