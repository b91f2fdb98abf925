package ru.mentoring.command.pair;

import ru.mentoring.api.audit.AsOfFrame;
import ru.mentoring.api.audit.PairAsOf;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PlanActivity;
import ru.mentoring.api.program.ProgramId;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pair read-only, as the events it was built from made it ({@link Pair#view()}): the one source of what the
 * audit's as-of view says of its state. Nothing here re-derives a rule of the aggregate.
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

    private static Map<MeetingType, Integer> everyType(Map<MeetingType, Integer> held) {
        Map<MeetingType, Integer> meetings = new EnumMap<>(MeetingType.class);
        for (MeetingType type : MeetingType.values()) {
            meetings.put(type, held.getOrDefault(type, 0));
        }
        return Map.copyOf(meetings);
    }
}
