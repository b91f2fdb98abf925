package ru.mentoring.app.agreement;

import ru.mentoring.api.pair.AmendIndividualPlan;
import ru.mentoring.api.pair.ApproveIndividualPlan;
import ru.mentoring.api.pair.CompletePair;
import ru.mentoring.api.pair.CompletePlanActivity;
import ru.mentoring.api.pair.DissolvePair;
import ru.mentoring.api.pair.FeedbackSource;
import ru.mentoring.api.pair.GiveFeedback;
import ru.mentoring.api.pair.MeetingFormat;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.api.pair.PlanActivity;
import ru.mentoring.api.pair.RecordMeeting;
import ru.mentoring.api.pair.SignAgreement;
import ru.mentoring.app.agreement.PairPlan.Agree;
import ru.mentoring.app.agreement.PairPlan.Amend;
import ru.mentoring.app.agreement.PairPlan.Approve;
import ru.mentoring.app.agreement.PairPlan.Complete;
import ru.mentoring.app.agreement.PairPlan.End;
import ru.mentoring.app.agreement.PairPlan.Feedback;
import ru.mentoring.app.agreement.PairPlan.Meet;
import ru.mentoring.app.agreement.PairPlan.Step;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Sends one {@link PairPlan} to one pool pair as its program's curator. It keeps what it needs to name the next
 * step — the last meeting accepted and its date, the size of the plan in force — and leaves every rule to the
 * aggregate.
 */
final class PairRun {

    private final PairPool.Opened pair;
    private final CommandLog log;
    private final LocalDate today;
    private MeetingType lastMeeting;
    private LocalDate lastDate;
    private int activities;

    PairRun(PairPool.Opened pair, CommandLog log, LocalDate today) {
        this.pair = pair;
        this.log = log;
        this.today = today;
        this.lastDate = pair.fixedOn();
    }

    void run(PairPlan plan) {
        for (Step step : plan.steps()) {
            send(step);
        }
    }

    private void send(Step step) {
        if (step instanceof Agree agree) {
            log.send(new SignAgreement(pair.pair(), pair.fixedOn().plusDays(agree.day())));
        } else if (step instanceof Approve approve) {
            if (log.send(new ApproveIndividualPlan(pair.pair(), plan(approve.activities()), lastDate))) {
                activities = approve.activities();
            }
        } else if (step instanceof Amend amend) {
            if (log.send(new AmendIndividualPlan(pair.pair(), plan(amend.activities()), "Новые цели", lastDate))) {
                activities = amend.activities();
            }
        } else if (step instanceof Complete complete) {
            log.send(new CompletePlanActivity(pair.pair(), 1 + complete.activity() % Math.max(activities, 1), lastDate,
                    "Протокол встречи"));
        } else if (step instanceof Meet meet) {
            meet(meet);
        } else if (step instanceof Feedback feedback) {
            log.send(new GiveFeedback(pair.pair(), feedback.fromMentor() ? FeedbackSource.MENTOR : FeedbackSource.MENTEE,
                    feedback.fromMentor() ? pair.mentors().get(0) : pair.mentees().get(0), feedback.score(), null,
                    lastDate));
        } else if (step instanceof End end) {
            log.send(end.completed() ? new CompletePair(pair.pair(), "Цели достигнуты", lastDate)
                    : new DissolvePair(pair.pair(), "Переезд наставляемого", lastDate));
        }
    }

    private void meet(Meet meet) {
        MeetingType type = next(meet.toFinal());
        LocalDate date = lastDate.plusDays(meet.days());
        date = date.isAfter(today) ? today : date;
        if (log.send(new RecordMeeting(pair.pair(), type, date, MeetingFormat.IN_PERSON, "Встреча пары", null,
                Instant.now()))) {
            lastMeeting = type;
            lastDate = date;
        }
    }

    /** The meeting the prescribed order has next; after the final one, the final one again (refused). */
    private MeetingType next(boolean toFinal) {
        if (lastMeeting == null) {
            return MeetingType.ORGANIZATIONAL;
        }
        return switch (lastMeeting) {
            case ORGANIZATIONAL -> MeetingType.TRIAL;
            case TRIAL -> MeetingType.PLANNING;
            case PLANNING -> MeetingType.REGULAR;
            case REGULAR -> toFinal ? MeetingType.FINAL : MeetingType.REGULAR;
            case FINAL -> MeetingType.FINAL;
        };
    }

    private List<PlanActivity> plan(int size) {
        return IntStream.rangeClosed(1, size).mapToObj(number -> new PlanActivity(number, "Мероприятие " + number,
                pair.fixedOn().plusMonths(number), null)).toList();
    }
}
