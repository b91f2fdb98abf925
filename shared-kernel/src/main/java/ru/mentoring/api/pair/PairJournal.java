package ru.mentoring.api.pair;

import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.InteractionFormat;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A pair's journal (журнал пары): who it is, where its agreement and plan stand, and what it did, entry by entry,
 * read from the pair's own events so that it shows a step the moment the step is stored.
 *
 * @param status      {@code ACTIVE}, {@code COMPLETED} or {@code DISSOLVED}
 * @param planRevision 0 before the plan is approved, 1 once approved, 2 … after each amendment
 * @param outcome     the outcome of a completed pair or the reason a pair was dissolved
 */
public record PairJournal(
        PairId pairId, ProgramId programId, MentoringForm form, InteractionFormat format, Set<PersonId> mentors,
        Set<PersonId> mentees, Instant firstMeetingDueAt, String status, LocalDate agreementSignedOn,
        int planRevision, List<Activity> activities, List<Meeting> meetings, List<Feedback> feedback,
        String outcome, LocalDate endedOn) {

    public PairJournal {
        mentors = Set.copyOf(mentors);
        mentees = Set.copyOf(mentees);
        activities = List.copyOf(activities);
        meetings = List.copyOf(meetings);
        feedback = List.copyOf(feedback);
    }

    /** The type of the last meeting held, or {@code null} before the first. */
    public MeetingType lastMeetingType() {
        return meetings.isEmpty() ? null : meetings.get(meetings.size() - 1).type();
    }

    /** An activity of the current plan; {@code completedOn} and {@code evidence} are {@code null} while open. */
    public record Activity(int number, String title, LocalDate dueDate, String expectedResult, LocalDate completedOn,
                           String evidence) {

        public boolean done() {
            return completedOn != null;
        }
    }

    /** A meeting held, numbered from 1. */
    public record Meeting(int number, MeetingType type, LocalDate date, MeetingFormat format, String topic,
                          String notes) {
    }

    /** One piece of feedback. */
    public record Feedback(FeedbackSource from, PersonId personId, int score, String comment, LocalDate date) {
    }
}
