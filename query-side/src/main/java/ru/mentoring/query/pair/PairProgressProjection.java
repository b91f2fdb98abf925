package ru.mentoring.query.pair;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.*;
import ru.mentoring.api.people.PersonalDataErased;
import ru.mentoring.query.support.SequenceGuard;

import java.sql.Timestamp;
import java.util.Locale;
import java.util.UUID;

/**
 * Builds pair progress from the pairs' events, one row per pair, guarded by the pair's event sequence number.
 */
@Component
@ProcessingGroup("pair-progress")
class PairProgressProjection {

    private final JdbcClient jdbc;
    private final SequenceGuard guard;

    PairProgressProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.guard = new SequenceGuard(jdbc, "pair_progress", "pair_id");
    }

    @EventHandler
    void on(PairOpened event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO pair_progress (pair_id, program_id, form, format, status, mentors, mentees,
                                                   opened_at, first_meeting_due_at, last_sequence)
                        VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?) ON CONFLICT (pair_id) DO NOTHING""")
                .params(event.pairId().value(), event.programId().value(), event.form().name(), event.format().name(),
                        ids(event.mentors()), ids(event.mentees()), Timestamp.from(event.openedAt()),
                        Timestamp.from(event.firstMeetingDueAt()), sequence)
                .update();
    }

    @EventHandler
    void on(AgreementSigned event, @SequenceNumber long sequence) {
        update(event.pairId(), sequence, "agreement_signed_on = ?", event.signedOn());
    }

    @EventHandler
    void on(IndividualPlanApproved event, @SequenceNumber long sequence) {
        update(event.pairId(), sequence, "plan_revision = 1, plan_activities = ?", event.activities().size());
    }

    @EventHandler
    void on(IndividualPlanAmended event, @SequenceNumber long sequence) {
        update(event.pairId(), sequence, """
                        plan_revision = ?, plan_activities = ?,
                        plan_done = ARRAY(SELECT n FROM unnest(plan_done) AS n WHERE n <= ?)""",
                event.revision(), event.activities().size(), event.activities().size());
    }

    @EventHandler
    void on(PlanActivityCompleted event, @SequenceNumber long sequence) {
        update(event.pairId(), sequence, "plan_done = array_append(plan_done, ?)", event.number());
    }

    @EventHandler
    void on(MeetingRecorded event, @SequenceNumber long sequence) {
        String counter = "meetings_" + event.type().name().toLowerCase(Locale.ROOT);
        update(event.pairId(), sequence, counter + " = " + counter + " + 1, last_meeting_on = ?, stalled = FALSE, "
                + "stalled_since = NULL" + (event.type() == MeetingType.ORGANIZATIONAL
                ? ", first_meeting_overdue = FALSE" : ""), event.heldOn());
    }

    @EventHandler
    void on(FeedbackGiven event, @SequenceNumber long sequence) {
        String source = event.from().name().toLowerCase(Locale.ROOT);
        update(event.pairId(), sequence, source + "_score_sum = " + source + "_score_sum + ?, " + source
                + "_score_count = " + source + "_score_count + 1, feedback_missing = array_remove(feedback_missing, ?)",
                event.score(), event.from().name());
    }

    @EventHandler
    void on(FirstMeetingOverdue event, @SequenceNumber long sequence) {
        update(event.pairId(), sequence, "first_meeting_overdue = TRUE");
    }

    @EventHandler
    void on(PairStalled event, @SequenceNumber long sequence) {
        update(event.pairId(), sequence, "stalled = TRUE, stalled_since = ?", event.lastMeetingOn());
    }

    @EventHandler
    void on(FeedbackOverdue event, @SequenceNumber long sequence) {
        update(event.pairId(), sequence, "feedback_due_on = ?, feedback_missing = ?", event.dueDate(),
                event.missing().stream().map(Enum::name).sorted().toArray(String[]::new));
    }

    @EventHandler
    void on(PairCompleted event, @SequenceNumber long sequence) {
        update(event.pairId(), sequence, "status = 'COMPLETED', outcome = ?, ended_on = ?",
                PersonalText.shown(event.outcome()),
                event.completedOn());
    }

    @EventHandler
    void on(PairDissolved event, @SequenceNumber long sequence) {
        update(event.pairId(), sequence, "status = 'DISSOLVED', outcome = ?, ended_on = ?",
                PersonalText.shown(event.reason()),
                event.dissolvedOn());
    }

    /** The outcome of every pair the erased person was in now reads as erased, as its event does from now on. */
    @EventHandler
    void on(PersonalDataErased event) {
        jdbc.sql("""
                        UPDATE pair_progress SET outcome = ?
                         WHERE outcome IS NOT NULL AND (? = ANY (mentors) OR ? = ANY (mentees))""")
                .params(PersonalText.ERASED, event.personId().value(), event.personId().value())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM pair_progress").update();
    }

    private void update(PairId pair, long sequence, String assignments, Object... values) {
        guard.update(pair.value(), sequence, assignments, values);
    }

    private static UUID[] ids(java.util.Set<PersonId> people) {
        return people.stream().map(PersonId::value).toArray(UUID[]::new);
    }
}
