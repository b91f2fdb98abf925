package ru.mentoring.query.pair;

import ru.mentoring.api.pair.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pair's journal folded from its events in sequence order. Read-only and apart from the command side's
 * aggregate; events it does not list (the deadlines') pass by.
 */
final class PairJournalFold {

    private PairOpened opened;
    private String status;
    private LocalDate agreementSignedOn;
    private int planRevision;
    private List<PlanActivity> plan = List.of();
    private final Map<Integer, PlanActivityCompleted> done = new HashMap<>();
    private final List<PairJournal.Meeting> meetings = new ArrayList<>();
    private final List<PairJournal.Feedback> feedback = new ArrayList<>();
    private String outcome;
    private LocalDate endedOn;

    PairJournalFold apply(Object event) {
        if (event instanceof PairOpened e) {
            opened = e;
            status = "ACTIVE";
        } else if (event instanceof AgreementSigned e) {
            agreementSignedOn = e.signedOn();
        } else if (event instanceof IndividualPlanApproved e) {
            planRevision = 1;
            plan = List.copyOf(e.activities());
        } else if (event instanceof IndividualPlanAmended e) {
            planRevision = e.revision();
            plan = List.copyOf(e.activities());
            // the aggregate keeps an activity done under its number while the amended plan still has it
            done.keySet().removeIf(number -> number > e.activities().size());
        } else if (event instanceof PlanActivityCompleted e) {
            done.put(e.number(), e);
        } else if (event instanceof MeetingRecorded e) {
            meetings.add(new PairJournal.Meeting(e.number(), e.type(), e.heldOn(), e.format(), e.topic(), e.notes()));
        } else if (event instanceof FeedbackGiven e) {
            feedback.add(new PairJournal.Feedback(e.from(), e.personId(), e.score(), e.comment(), e.date()));
        } else if (event instanceof PairCompleted e) {
            end("COMPLETED", e.outcome(), e.completedOn());
        } else if (event instanceof PairDissolved e) {
            end("DISSOLVED", e.reason(), e.dissolvedOn());
        }
        return this;
    }

    /** Empty when the events were not a pair's (no {@link PairOpened} first). */
    Optional<PairJournal> journal() {
        if (opened == null) {
            return Optional.empty();
        }
        List<PairJournal.Activity> activities = plan.stream().map(this::activity).toList();
        return Optional.of(new PairJournal(opened.pairId(), opened.programId(), opened.form(), opened.format(),
                opened.mentors(), opened.mentees(), opened.firstMeetingDueAt(), status, agreementSignedOn,
                planRevision, activities, meetings, feedback, outcome, endedOn));
    }

    private PairJournal.Activity activity(PlanActivity planned) {
        PlanActivityCompleted completion = done.get(planned.number());
        return new PairJournal.Activity(planned.number(), planned.title(), planned.dueDate(),
                planned.expectedResult(), completion == null ? null : completion.completedOn(),
                completion == null ? null : completion.evidence());
    }

    private void end(String endStatus, String words, LocalDate on) {
        status = endStatus;
        outcome = words;
        endedOn = on;
    }
}
