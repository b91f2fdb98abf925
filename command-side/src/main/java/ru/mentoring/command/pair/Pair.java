package ru.mentoring.command.pair;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import ru.mentoring.api.audit.AsOfFrame;
import ru.mentoring.api.audit.PairAsOf;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.pair.*;
import ru.mentoring.api.program.ProgramId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A mentoring pair or group (наставническая пара/группа) at work: its agreement, its individual plan, its
 * meetings in the prescribed order, feedback, and its end — completed with an outcome, or dissolved early.
 * It keeps three kinds of persistent deadlines: the organizational meeting after fixing, a meeting at least
 * every so often while active, and feedback on the program's feedback dates. The words of refusals are in
 * {@link PairRules}, {@link MeetingOrder}, {@link MeetingDates} and the {@link IndividualPlan} member. It is also the
 * only fold of its events: its audit's as-of view and its journal are this aggregate replayed read-only
 * ({@link #view()}).
 */
@Aggregate(snapshotTriggerDefinition = "pairSnapshotTrigger")
@Revision("1") // snapshots are its fields: a change of their shape raises it, and older snapshots are skipped
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Pair {

    static final String FIRST_MEETING = "first-meeting";
    static final String STALLED = "stalled";
    static final String FEEDBACK_DUE = "feedback-due";
    private static final Set<FeedbackSource> EXPECTED_FEEDBACK = EnumSet.of(FeedbackSource.MENTOR, FeedbackSource.MENTEE);

    enum Status { ACTIVE, COMPLETED, DISSOLVED }

    @AggregateIdentifier
    private PairId pairId;
    private ProgramId programId;
    private Status status;
    private Set<PersonId> mentors;
    private Set<PersonId> mentees;
    private Duration stalledAfter;
    private List<LocalDate> feedbackDates;
    private LocalDate fixedOn;
    private MeetingType lastMeeting;
    private LocalDate lastMeetingOn;
    private int meetings;
    private final Map<MeetingType, Integer> meetingsByType = new EnumMap<>(MeetingType.class);
    private LocalDate agreementSignedOn;
    @AggregateMember
    private final IndividualPlan plan = new IndividualPlan();
    private final List<Feedback> feedback = new ArrayList<>();
    /** The outcome of a completed pair or the reason a pair was dissolved, and the day it ended. */
    private PersonalText outcome;
    private LocalDate endedOn;

    /** One piece of feedback as the deadlines need it. */
    record Feedback(FeedbackSource from, LocalDate date) {
    }

    protected Pair() {
        // for event sourcing
    }

    /**
     * Opens the pair, once. The program's pair policy sends this when it handles the order that fixed the pairs,
     * and a streaming processor may hand it that order again (a token reset, a stolen segment): a pair that is
     * already open takes the repeat as done. Not a constructor, because a repeat has to load the existing pair
     * (Axon's create-if-missing policy): a second creation would only fail when the policy's batch commits,
     * rolling back the whole batch, never at the call.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenPair command, DeadlineManager deadlines) {
        if (pairId != null) {
            return;
        }
        apply(new PairOpened(command.pairId(), command.programId(), command.form(), command.format(), command.kind(),
                Set.copyOf(command.mentors()), Set.copyOf(command.mentees()), command.openedAt(),
                command.firstMeetingDueAt(), command.stalledAfter(), List.copyOf(command.feedbackDates()),
                command.fixedOn()));
        deadlines.schedule(command.firstMeetingDueAt(), FIRST_MEETING, command.firstMeetingDueAt());
        for (LocalDate date : command.feedbackDates()) {
            deadlines.schedule(endOf(date), FEEDBACK_DUE, date);
        }
    }

    @CommandHandler
    public void handle(SignAgreement command) {
        requireActive();
        PairRules.requireAgreementNotSigned(agreementSignedOn != null);
        apply(new AgreementSigned(pairId, command.signedOn()));
    }

    @CommandHandler
    public void handle(ApproveIndividualPlan command) {
        requireActive();
        plan.requireNotApproved();
        apply(new IndividualPlanApproved(pairId, sealed(IndividualPlan.numbered(command.activities())),
                command.approvedOn()));
    }

    @CommandHandler
    public void handle(AmendIndividualPlan command) {
        requireActive();
        plan.requireApproved();
        apply(new IndividualPlanAmended(pairId, plan.revision() + 1, sealed(IndividualPlan.numbered(command.activities())),
                PersonalText.about(people(), command.reason()), command.amendedOn()));
    }

    @CommandHandler
    public void handle(CompletePlanActivity command) {
        requireActive();
        plan.requireOpenActivity(command.number());
        apply(new PlanActivityCompleted(pairId, command.number(), command.completedOn(),
                PersonalText.about(people(), command.evidence()),
                plan.completionPercentWith(command.number())));
    }

    /** Today, for the meeting's date, is the application clock's (Moscow) day, never the caller's word. */
    @CommandHandler
    public void handle(RecordMeeting command, DeadlineManager deadlines, Clock clock) {
        requireActive();
        MeetingOrder.requireNext(lastMeeting, command.type());
        MeetingDates.require(command.type(), command.date(), fixedOn, lastMeeting, lastMeetingOn,
                MeetingDates.today(clock));
        PairRules.requirePlanBeforeRegularMeetings(command.type(), plan.approved());
        apply(new MeetingRecorded(pairId, meetings + 1, command.type(), command.date(), command.format(),
                PersonalText.about(people(), command.topic()), PersonalText.about(people(), command.notes())));
        if (command.type() == MeetingType.ORGANIZATIONAL) {
            deadlines.cancelAllWithinScope(FIRST_MEETING);
        }
        deadlines.cancelAllWithinScope(STALLED);
        if (command.type() != MeetingType.FINAL) {
            deadlines.schedule(command.recordedAt().plus(stalledAfter), STALLED, command.date());
        }
    }

    @CommandHandler
    public void handle(GiveFeedback command) {
        requireActive();
        PairRules.requireMemberAs(command.from(), command.personId(), mentors, mentees);
        apply(new FeedbackGiven(pairId, command.from(), command.personId(), command.score(),
                PersonalText.about(people(), command.comment()), command.date()));
    }

    @CommandHandler
    public void handle(CompletePair command, DeadlineManager deadlines) {
        requireActive();
        PairRules.requireFinalMeetingHeld(lastMeeting);
        apply(new PairCompleted(pairId, programId, PersonalText.about(people(), command.outcome()),
                command.completedOn()));
        cancelAll(deadlines);
    }

    @CommandHandler
    public void handle(DissolvePair command, DeadlineManager deadlines) {
        requireActive();
        apply(new PairDissolved(pairId, programId, mentees, PersonalText.about(people(), command.reason()),
                command.dissolvedOn()));
        cancelAll(deadlines);
    }

    @DeadlineHandler(deadlineName = FIRST_MEETING)
    void firstMeetingDue(Instant dueAt) {
        if (status == Status.ACTIVE && lastMeeting == null) {
            apply(new FirstMeetingOverdue(pairId, programId, dueAt));
        }
    }

    @DeadlineHandler(deadlineName = STALLED)
    void stalled(LocalDate lastMeetingDate) {
        if (status == Status.ACTIVE && lastMeeting != MeetingType.FINAL) {
            apply(new PairStalled(pairId, programId, lastMeetingOn));
        }
    }

    @DeadlineHandler(deadlineName = FEEDBACK_DUE)
    void feedbackDue(LocalDate dueDate) {
        if (status != Status.ACTIVE) {
            return;
        }
        LocalDate since = feedbackDates.stream().filter(date -> date.isBefore(dueDate)).reduce((a, b) -> b)
                .orElse(LocalDate.MIN);
        Set<FeedbackSource> missing = EnumSet.copyOf(EXPECTED_FEEDBACK);
        feedback.stream().filter(given -> given.date().isAfter(since) && !given.date().isAfter(dueDate))
                .forEach(given -> missing.remove(given.from()));
        if (!missing.isEmpty()) {
            apply(new FeedbackOverdue(pairId, programId, dueDate, missing));
        }
    }

    /** The plan's activities as its events carry them: their texts about everyone of the pair. */
    private List<PlannedActivity> sealed(List<PlanActivity> activities) {
        return activities.stream().map(activity -> PlannedActivity.about(people(), activity)).toList();
    }

    /** Everyone of the pair: what its texts are about, so that erasing any of them erases the texts. */
    private List<PersonId> people() {
        List<PersonId> people = new ArrayList<>(mentors);
        people.addAll(mentees);
        return people;
    }

    private void requireActive() {
        PairRules.requireActive(status);
    }

    private static void cancelAll(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(FIRST_MEETING);
        deadlines.cancelAllWithinScope(STALLED);
        deadlines.cancelAllWithinScope(FEEDBACK_DUE);
    }

    /** Feedback due on a date may still come that day: the deadline is the end of it (UTC). */
    static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The pair as the events it was built from made it, read-only: what its as-of view and its journal show. */
    PairView view() {
        return new PairView(pairId, programId, status, mentors, mentees, agreementSignedOn, plan.revision(),
                plan.activities(), plan.done(), plan.completionPercent(), meetingsByType, lastMeetingOn, PersonalText.shown(outcome),
                endedOn);
    }

    /** The pair as the events it was built from made it, read-only, in the frame an as-of view gives. */
    public PairAsOf asOf(AsOfFrame frame) {
        return view().asOf(frame);
    }

    @EventSourcingHandler
    void on(PairOpened event) {
        pairId = event.pairId();
        programId = event.programId();
        status = Status.ACTIVE;
        mentors = Set.copyOf(event.mentors());
        mentees = Set.copyOf(event.mentees());
        stalledAfter = event.stalledAfter();
        feedbackDates = List.copyOf(event.feedbackDates());
        fixedOn = event.fixedOn();
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        agreementSignedOn = event.signedOn();
    }

    @EventSourcingHandler
    void on(MeetingRecorded event) {
        meetings = event.number();
        meetingsByType.merge(event.type(), 1, Integer::sum);
        lastMeeting = event.type();
        lastMeetingOn = event.heldOn();
    }

    @EventSourcingHandler
    void on(FeedbackGiven event) {
        feedback.add(new Feedback(event.from(), event.date()));
    }

    @EventSourcingHandler
    void on(PairCompleted event) {
        status = Status.COMPLETED;
        outcome = event.outcome();
        endedOn = event.completedOn();
    }

    @EventSourcingHandler
    void on(PairDissolved event) {
        status = Status.DISSOLVED;
        outcome = event.reason();
        endedOn = event.dissolvedOn();
    }
}
