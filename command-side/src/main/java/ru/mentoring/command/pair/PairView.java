package ru.mentoring.command.pair;

import ru.mentoring.api.audit.AsOfFrame;
import ru.mentoring.api.audit.PairAsOf;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.FeedbackGiven;
import ru.mentoring.api.pair.MeetingRecorded;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PairJournal;
import ru.mentoring.api.pair.PairOpened;
import ru.mentoring.api.pair.PlanActivity;
import ru.mentoring.api.program.ProgramId;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pair read-only, as the events it was built from made it ({@link Pair#view()}): the one source of what the
 * audit's as-of view and the pair's journal say of its state. Nothing here re-derives a rule of the aggregate.
 *
 * @param done     how each activity of the current plan that is done was done (the plan's own bookkeeping)
 * @param meetings the meetings held by type; a type not held counts 0
 * @param outcome  the outcome of a completed pair or the reason a pair was dissolved
 */
record PairView(PairId pairId, ProgramId programId, Pair.Status status, Set<PersonId> mentors, Set<PersonId> mentees,
                LocalDate agreementSignedOn, int planRevision, List<PlanActivity> plan,
                Map<Integer, IndividualPlan.Completion> done, int planCompletionPercent,
                Map<MeetingType, Integer> meetings, LocalDate lastMeetingOn, String outcome, LocalDate endedOn) {

    PairView {
        mentors = Set.copyOf(mentors);
        mentees = Set.copyOf(mentees);
        plan = List.copyOf(plan);
        done = Map.copyOf(done);
        meetings = everyType(meetings);
    }

    /** The pair in the frame an as-of view gives. */
    PairAsOf asOf(AsOfFrame frame) {
        return new PairAsOf(pairId, programId, frame.at(), frame.basis(), frame.businessDate(), frame.eventsApplied(),
                frame.lastEventAt(), status.name(), mentors.size(), mentees.size(), agreementSignedOn, planRevision,
                plan.size(), done.size(), planCompletionPercent, meetings, lastMeetingOn, outcome,
                frame.recordedLater());
    }

    /**
     * The pair's journal: its state from here, its entries listed from its events one to one — the opening's form,
     * format and first-meeting deadline, each meeting and each piece of feedback as recorded — with nothing added
     * up from them.
     *
     * @param events the payloads of all the pair's events, in the order stored, the opening first
     */
    PairJournal journal(List<?> events) {
        PairOpened opened = events.stream().filter(PairOpened.class::isInstance).map(PairOpened.class::cast)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("a pair's events begin with its opening"));
        List<PairJournal.Meeting> held = events.stream().filter(MeetingRecorded.class::isInstance)
                .map(MeetingRecorded.class::cast).map(e -> new PairJournal.Meeting(e.number(), e.type(), e.heldOn(),
                        e.format(), PersonalText.shown(e.topic()), PersonalText.shown(e.notes())))
                .toList();
        List<PairJournal.Feedback> feedback = events.stream().filter(FeedbackGiven.class::isInstance)
                .map(FeedbackGiven.class::cast).map(e -> new PairJournal.Feedback(e.from(), e.personId(), e.score(),
                        PersonalText.shown(e.comment()), e.date()))
                .toList();
        return new PairJournal(pairId, programId, opened.form(), opened.format(), mentors, mentees,
                opened.firstMeetingDueAt(), status.name(), agreementSignedOn, planRevision,
                plan.stream().map(this::activity).toList(), held, feedback, outcome, endedOn);
    }

    private static Map<MeetingType, Integer> everyType(Map<MeetingType, Integer> held) {
        Map<MeetingType, Integer> meetings = new EnumMap<>(MeetingType.class);
        for (MeetingType type : MeetingType.values()) {
            meetings.put(type, held.getOrDefault(type, 0));
        }
        return Map.copyOf(meetings);
    }

    private PairJournal.Activity activity(PlanActivity planned) {
        IndividualPlan.Completion completion = done.get(planned.number());
        return new PairJournal.Activity(planned.number(), planned.title(), planned.dueDate(), planned.expectedResult(),
                completion == null ? null : completion.on(), completion == null ? null : PersonalText.shown(completion.evidence()));
    }
}
