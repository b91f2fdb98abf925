package ru.mentoring.query.audit;

import ru.mentoring.api.audit.PairAsOf;
import ru.mentoring.api.pair.*;
import ru.mentoring.api.program.ProgramId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A pair's state folded from its events one by one, for the view as of a date. Read-only and apart from the
 * command side's aggregate.
 */
final class PairFold implements StateFold<PairAsOf> {

    private PairId pairId;
    private ProgramId programId;
    private String status;
    private int mentors;
    private int mentees;
    private LocalDate agreementSignedOn;
    private int planRevision;
    private int planActivities;
    private final Set<Integer> planDone = new HashSet<>();
    private final Map<MeetingType, Integer> meetings = new EnumMap<>(MeetingType.class);
    private LocalDate lastMeetingOn;
    private String outcome;
    private int applied;
    private Instant lastEventAt;

    PairFold() {
        for (MeetingType type : MeetingType.values()) {
            meetings.put(type, 0);
        }
    }

    @Override
    public PairFold apply(Object event, Instant storedAt) {
        applied++;
        lastEventAt = storedAt;
        if (event instanceof PairOpened e) {
            pairId = e.pairId();
            programId = e.programId();
            status = "ACTIVE";
            mentors = e.mentors().size();
            mentees = e.mentees().size();
        } else if (event instanceof AgreementSigned e) {
            agreementSignedOn = e.signedOn();
        } else if (event instanceof IndividualPlanApproved e) {
            planRevision = 1;
            planActivities = e.activities().size();
        } else if (event instanceof IndividualPlanAmended e) {
            planRevision = e.revision();
            planActivities = e.activities().size();
            planDone.removeIf(number -> number > e.activities().size());
        } else if (event instanceof PlanActivityCompleted e) {
            planDone.add(e.number());
        } else if (event instanceof MeetingRecorded e) {
            meetings.merge(e.type(), 1, Integer::sum);
            // by business date a meeting recorded late may come after a later one
            if (lastMeetingOn == null || e.heldOn().isAfter(lastMeetingOn)) {
                lastMeetingOn = e.heldOn();
            }
        } else if (event instanceof PairCompleted e) {
            status = "COMPLETED";
            outcome = e.outcome();
        } else if (event instanceof PairDissolved e) {
            status = "DISSOLVED";
            outcome = e.reason();
        }
        return this;
    }

    @Override
    public PairAsOf view(StateBasis basis) {
        int done = planDone.size();
        return new PairAsOf(pairId, programId, basis.at(), basis.basis(), basis.businessDate(), applied,
                lastEventAt, status, mentors, mentees, agreementSignedOn,
                planRevision, planActivities, done, planActivities == 0 ? 0 : 100 * done / planActivities,
                Map.copyOf(meetings), lastMeetingOn, outcome, basis.recordedLater());
    }
}
