package ru.mentoring.query.bases;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.people.PersonalDataErased;
import ru.mentoring.api.program.*;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Builds the two bases from the programs' events. Every row remembers the sequence number of its program's
 * last event applied to it, so a re-delivered event changes nothing — counters included.
 */
@Component
@ProcessingGroup(ParticipantBasesProjection.PROCESSING_GROUP)
class ParticipantBasesProjection {

    static final String PROCESSING_GROUP = "participant-bases";

    private final JdbcClient jdbc;

    ParticipantBasesProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProgramCreated event) {
        jdbc.sql("""
                        INSERT INTO base_program (program_id, organization_id, period) VALUES (?, ?, ?)
                        ON CONFLICT (program_id) DO NOTHING""")
                .params(event.programId().value(), event.organizationId().value(), event.period().toString())
                .update();
    }

    @EventHandler
    void on(MenteeEnrolled event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO participant_base (program_id, person_id, role, organization_id, period, category,
                                                      age, experience_years, grade, request, request_source,
                                                      enrolled_on, last_sequence)
                        SELECT program_id, ?, 'MENTEE', organization_id, period, ?, ?, ?, ?, ?, ?, ?, ?
                          FROM base_program WHERE program_id = ?
                        ON CONFLICT (program_id, person_id) DO NOTHING""")
                .params(event.personId().value(), event.category().name(), event.age(), event.experienceYears(),
                        event.grade(), PersonalText.shown(event.request()), event.requestSource().name(), event.enrolledOn(), sequence,
                        event.programId().value())
                .update();
    }

    @EventHandler
    void on(MentorEnrolled event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO participant_base (program_id, person_id, role, organization_id, period, category,
                                                      age, experience_years, competencies, capacity, enterprise,
                                                      enrolled_on, last_sequence)
                        SELECT program_id, ?, 'MENTOR', organization_id, period, ?, ?, ?, ?, ?, ?, ?, ?
                          FROM base_program WHERE program_id = ?
                        ON CONFLICT (program_id, person_id) DO NOTHING""")
                .params(event.personId().value(), event.category().name(), event.age(), event.experienceYears(),
                        PersonalText.shown(event.competencies()), event.capacity(), event.enterprise(), event.enrolledOn(), sequence,
                        event.programId().value())
                .update();
    }

    /**
     * What the bases keep of the person's own words (a mentee's request, a mentor's competencies) now reads as
     * erased, in every program: the events say the same from now on, since the person's key is gone.
     */
    @EventHandler
    void on(PersonalDataErased event) {
        jdbc.sql("""
                        UPDATE participant_base
                           SET request = CASE WHEN request IS NULL THEN NULL ELSE ? END,
                               competencies = CASE WHEN competencies IS NULL THEN NULL ELSE ? END
                         WHERE person_id = ?""")
                .params(PersonalText.ERASED, PersonalText.ERASED, event.personId().value())
                .update();
    }

    @EventHandler
    void on(PersonalDataConsentGiven event, @SequenceNumber long sequence) {
        update(event.programId(), List.of(event.personId()), sequence,
                "consent = 'GIVEN', consent_given_by = ?, consent_date = ?", event.givenBy().name(), event.date());
    }

    @EventHandler
    void on(PersonalDataConsentWithdrawn event, @SequenceNumber long sequence) {
        update(event.programId(), List.of(event.personId()), sequence, "consent = 'WITHDRAWN', consent_date = ?",
                event.date());
    }

    @EventHandler
    void on(BaselineAssessmentRecorded event, @SequenceNumber long sequence) {
        update(event.programId(), List.of(event.personId()), sequence, "baseline_assessed = TRUE");
    }

    @EventHandler
    void on(FinalAssessmentRecorded event, @SequenceNumber long sequence) {
        update(event.programId(), List.of(event.personId()), sequence, "final_assessed = TRUE");
    }

    @EventHandler
    void on(MentorInterviewRecorded event, @SequenceNumber long sequence) {
        update(event.programId(), List.of(event.personId()), sequence, "interview = ?",
                event.passed() ? "PASSED" : "FAILED");
    }

    @EventHandler
    void on(MentorTrainingHeld event, @SequenceNumber long sequence) {
        update(event.programId(), event.attended(), sequence, "training_sessions = training_sessions + 1");
    }

    @EventHandler
    void on(PairProposed event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO base_pair (program_id, pair_id, form, status, mentors, mentees)
                        VALUES (?, ?, ?, 'PROPOSED', ?, ?) ON CONFLICT (program_id, pair_id) DO NOTHING""")
                .params(event.programId().value(), event.pairId().value(), event.form().name(), ids(event.mentors()),
                        ids(event.mentees()))
                .update();
        update(event.programId(), event.mentees(), sequence, "pair_id = ?, pair_form = ?, pair_status = 'PROPOSED'",
                event.pairId().value(), event.form().name());
        update(event.programId(), event.mentors(), sequence, """
                        mentees_assigned = mentees_assigned + ?,
                        pair_status = CASE WHEN pair_status = 'FIXED' THEN 'FIXED' ELSE 'PROPOSED' END""",
                event.mentees().size());
    }

    @EventHandler
    void on(PairProposalWithdrawn event, @SequenceNumber long sequence) {
        release(event.programId(), event.pairId().value(), "WITHDRAWN", sequence);
    }

    @EventHandler
    void on(MenteesReturnedToBase event, @SequenceNumber long sequence) {
        release(event.programId(), event.pairId().value(), "DISSOLVED", sequence);
    }

    /** A pair or group no longer holds its people: its mentees are unmatched, its mentors have room again. */
    private void release(ProgramId program, UUID pairId, String pairStatus, long sequence) {
        jdbc.sql("""
                        UPDATE participant_base b
                           SET mentees_assigned = b.mentees_assigned - cardinality(p.mentees),
                               pair_status = CASE WHEN b.mentees_assigned - cardinality(p.mentees) > 0
                                                  THEN b.pair_status ELSE 'UNMATCHED' END,
                               last_sequence = ?
                          FROM base_pair p
                         WHERE p.program_id = ? AND p.pair_id = ? AND b.program_id = p.program_id
                           AND b.person_id = ANY (p.mentors) AND b.last_sequence < ?""")
                .params(sequence, program.value(), pairId, sequence).update();
        jdbc.sql("""
                        UPDATE participant_base SET pair_id = NULL, pair_form = NULL, pair_status = 'UNMATCHED',
                                                    last_sequence = ?
                         WHERE program_id = ? AND pair_id = ? AND last_sequence < ?""")
                .params(sequence, program.value(), pairId, sequence).update();
        jdbc.sql("UPDATE base_pair SET status = ? WHERE program_id = ? AND pair_id = ?")
                .params(pairStatus, program.value(), pairId).update();
    }

    @EventHandler
    void on(PairsFixedByOrder event, @SequenceNumber long sequence) {
        for (FixedPair pair : event.pairs()) {
            jdbc.sql("UPDATE base_pair SET status = 'FIXED' WHERE program_id = ? AND pair_id = ?")
                    .params(event.programId().value(), pair.pairId().value()).update();
        }
        List<PersonId> people = event.pairs().stream()
                .flatMap(pair -> java.util.stream.Stream.concat(pair.mentors().stream(), pair.mentees().stream()))
                .toList();
        update(event.programId(), people, sequence, "pair_status = 'FIXED'");
    }

    @EventHandler
    void on(PreferencesRecorded event) {
        jdbc.sql("DELETE FROM participant_preference WHERE program_id = ? AND person_id = ?")
                .params(event.programId().value(), event.personId().value()).update();
        for (int rank = 0; rank < event.preferred().size(); rank++) {
            jdbc.sql("INSERT INTO participant_preference (program_id, person_id, rank, preferred_id) VALUES (?, ?, ?, ?)")
                    .params(event.programId().value(), event.personId().value(), rank + 1,
                            event.preferred().get(rank).value())
                    .update();
        }
    }

    @EventHandler
    void on(SatisfactionSurveyed event, @SequenceNumber long sequence) {
        update(event.programId(), List.of(event.personId()), sequence, "satisfaction = ?", event.percent());
    }

    @EventHandler
    void on(MentorAwarded event, @SequenceNumber long sequence) {
        update(event.programId(), List.of(event.personId()), sequence, "awards = awards + 1");
    }

    @EventHandler
    void on(MenteeJoinedMentorBase event, @SequenceNumber long sequence) {
        update(event.programId(), List.of(event.personId()), sequence, "next_period_mentor = ?", event.nextPeriod());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM participant_preference").update();
        jdbc.sql("DELETE FROM base_pair").update();
        jdbc.sql("DELETE FROM participant_base").update();
        jdbc.sql("DELETE FROM base_program").update();
    }

    /** Applies {@code assignments} to the given people's rows unless this event was applied to them already. */
    private void update(ProgramId program, Collection<PersonId> people, long sequence, String assignments,
                        Object... values) {
        List<Object> params = new java.util.ArrayList<>(java.util.Arrays.asList(values)); // a value may be null
        params.add(sequence);
        params.add(program.value());
        params.add(ids(people));
        params.add(sequence);
        jdbc.sql("UPDATE participant_base SET " + assignments + ", last_sequence = ?"
                        + " WHERE program_id = ? AND person_id = ANY (?) AND last_sequence < ?")
                .params(params)
                .update();
    }

    private static UUID[] ids(Collection<PersonId> people) {
        return people.stream().map(PersonId::value).toArray(UUID[]::new);
    }
}
