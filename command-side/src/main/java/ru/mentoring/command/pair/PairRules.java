package ru.mentoring.command.pair;

import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.FeedbackSource;
import ru.mentoring.api.pair.MeetingType;
import ru.mentoring.command.common.DomainRuleViolation;

import java.util.Set;

/**
 * The rules of a pair at work, one named check each, with the stable code and the Russian words of the refusal.
 * The order and dates of meetings are in {@link MeetingOrder} and {@link MeetingDates}, the plan's own checks in
 * {@link IndividualPlan}.
 */
final class PairRules {

    private PairRules() {
    }

    /** A completed or dissolved pair takes no more records. */
    static void requireActive(Pair.Status status) {
        if (status != Pair.Status.ACTIVE) {
            throw new DomainRuleViolation("pair.not-active", status == Pair.Status.COMPLETED
                    ? "Пара уже завершила работу" : "Пара расформирована");
        }
    }

    static void requireAgreementNotSigned(boolean signed) {
        if (signed) {
            throw new DomainRuleViolation("pair.agreement-already-signed", "Соглашение уже подписано");
        }
    }

    /** Regular meetings work through the individual plan, so they start once it is approved. */
    static void requirePlanBeforeRegularMeetings(MeetingType type, boolean planApproved) {
        if (type == MeetingType.REGULAR && !planApproved) {
            throw new DomainRuleViolation("pair.plan-before-regular-meetings",
                    "Регулярные встречи начинаются после утверждения индивидуального плана");
        }
    }

    /** Feedback comes from a member of the pair, in the role they have in it. */
    static void requireMemberAs(FeedbackSource from, PersonId personId, Set<PersonId> mentors, Set<PersonId> mentees) {
        if (from == FeedbackSource.MENTOR && !mentors.contains(personId)
                || from == FeedbackSource.MENTEE && !mentees.contains(personId)) {
            throw new DomainRuleViolation("pair.feedback-not-a-member", "Участник " + personId
                    + " не входит в пару как " + (from == FeedbackSource.MENTOR ? "наставник" : "наставляемый"));
        }
    }

    static void requireFinalMeetingHeld(MeetingType lastMeeting) {
        if (lastMeeting != MeetingType.FINAL) {
            throw new DomainRuleViolation("pair.final-meeting-first",
                    "Пара завершает работу после заключительной встречи");
        }
    }
}
