package ru.mentoring.query.overview;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.query.support.SequenceGuard;
import ru.mentoring.api.program.*;


/**
 * Keeps one row per program with its stage and the program-level facts of its checklist. Guarded by the
 * program's event sequence number, so a re-delivered event changes nothing.
 */
@Component
@ProcessingGroup("program-overview")
class ProgramOverviewProjection {

    private final JdbcClient jdbc;
    private final SequenceGuard guard;

    ProgramOverviewProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.guard = new SequenceGuard(jdbc, "program_overview", "program_id");
    }

    @EventHandler
    void on(ProgramCreated event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO program_overview (program_id, organization_id, period, title, stage, last_sequence)
                        VALUES (?, ?, ?, ?, 'PREPARATION', ?) ON CONFLICT (program_id) DO NOTHING""")
                .params(event.programId().value(), event.organizationId().value(), event.period().toString(),
                        event.title(), sequence)
                .update();
    }

    @EventHandler
    void on(CuratorAppointed event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "curator_appointed = TRUE");
    }

    @EventHandler
    void on(ProgramDocumentRegistered event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, """
                documents = CASE WHEN ? = ANY (documents) THEN documents ELSE array_append(documents, ?) END""",
                event.kind().name(), event.kind().name());
    }

    @EventHandler
    void on(MentoringFormsChosen event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "forms = ?",
                (Object) event.forms().stream().map(Enum::name).sorted().toArray(String[]::new));
    }

    @EventHandler
    void on(CoverageTargetsSet event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, """
                        students = ?, teachers = ?, student_coverage_percent = ?, teacher_coverage_percent = ?""",
                event.students(), event.teachers(), event.studentCoveragePercent(), event.teacherCoveragePercent());
    }

    @EventHandler
    void on(InformingEventRecorded event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "informing_events = informing_events + 1, "
                + "informed_people = informed_people + ?", event.attendance());
    }

    @EventHandler
    void on(MentorTrainingHeld event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "training_sessions = ?", event.session());
    }

    @EventHandler
    void on(MenteeBaseFormed event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "mentee_base_formed = TRUE");
    }

    @EventHandler
    void on(MentorBaseFormed event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "mentor_base_formed = TRUE");
    }

    @EventHandler
    void on(ProgramStageAdvanced event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "stage = ?", event.to().name());
    }

    @EventHandler
    void on(GroupMeetingHeld event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "group_meeting_held = TRUE");
    }

    @EventHandler
    void on(PairProposed event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "pairs_proposed = pairs_proposed + 1");
    }

    @EventHandler
    void on(PairProposalWithdrawn event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "pairs_proposed = pairs_proposed - 1");
    }

    @EventHandler
    void on(PairsFixedByOrder event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "pairs_proposed = pairs_proposed - ?, pairs_fixed = pairs_fixed + ?, "
                + "pairs_fixing_order = ?", event.pairs().size(), event.pairs().size(), event.orderNumber());
    }

    @EventHandler
    void on(MenteesReturnedToBase event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "pairs_fixed = pairs_fixed - 1");
    }

    @EventHandler
    void on(FinalEventHeld event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "final_event_held = TRUE, final_event_present = ?, "
                + "final_event_participants = ?", event.present().size(), event.participants());
    }

    @EventHandler
    void on(SatisfactionSurveyed event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, event.role() == ParticipantRole.MENTEE
                ? "mentee_surveys = mentee_surveys + 1" : "mentor_surveys = mentor_surveys + 1");
    }

    @EventHandler
    void on(CaseRecorded event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "cases = ?", event.number());
    }

    @EventHandler
    void on(MonitoringReportSubmitted event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "monitoring_report_submitted = TRUE, report_submitted_on = ?, "
                + "report_reference = ?", event.date(), event.reference());
    }

    @EventHandler
    void on(ProgramCompleted event, @SequenceNumber long sequence) {
        update(event.programId(), sequence, "completed = TRUE");
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM program_overview").update();
    }

    private void update(ProgramId program, long sequence, String assignments, Object... values) {
        guard.update(program.value(), sequence, assignments, values);
    }
}
