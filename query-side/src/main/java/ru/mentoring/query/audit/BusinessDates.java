package ru.mentoring.query.audit;

import ru.mentoring.api.pair.AgreementSigned;
import ru.mentoring.api.pair.FeedbackGiven;
import ru.mentoring.api.pair.IndividualPlanAmended;
import ru.mentoring.api.pair.IndividualPlanApproved;
import ru.mentoring.api.pair.MeetingRecorded;
import ru.mentoring.api.pair.PairCompleted;
import ru.mentoring.api.pair.PairDissolved;
import ru.mentoring.api.pair.PlanActivityCompleted;
import ru.mentoring.api.program.BaselineAssessmentRecorded;
import ru.mentoring.api.program.CuratorAppointed;
import ru.mentoring.api.program.FinalAssessmentRecorded;
import ru.mentoring.api.program.FinalEventHeld;
import ru.mentoring.api.program.GroupMeetingHeld;
import ru.mentoring.api.program.InformingEventRecorded;
import ru.mentoring.api.program.MenteeEnrolled;
import ru.mentoring.api.program.MentorAwarded;
import ru.mentoring.api.program.MentorEnrolled;
import ru.mentoring.api.program.MentorInterviewRecorded;
import ru.mentoring.api.program.MentorTrainingHeld;
import ru.mentoring.api.program.MonitoringReportSubmitted;
import ru.mentoring.api.program.PairsFixedByOrder;
import ru.mentoring.api.program.PersonalDataConsentGiven;
import ru.mentoring.api.program.PersonalDataConsentWithdrawn;
import ru.mentoring.api.program.ProgramDocumentRegistered;
import ru.mentoring.api.program.SatisfactionSurveyed;
import ru.mentoring.api.roadmap.RoadMapApproved;
import ru.mentoring.api.roadmap.RoadMapItemCancelled;
import ru.mentoring.api.roadmap.RoadMapItemCompleted;
import ru.mentoring.api.roadmap.RoadMapItemOccurrenceCompleted;
import ru.mentoring.api.roadmap.RoadMapItemStarted;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The business date of an event (дата события): the date the recorded fact bears in the world, as the person who
 * recorded it gave it — a meeting's day, a document's or an order's date, the day of a consent, a survey, a
 * feedback, a completion or a dissolution. Events the system itself decides (a pair opened by the fixing order's
 * policy, a base formed, a stage advanced, a deadline missed) and plans (proposals, due dates, feedback dates)
 * have none: what they record is true from the moment they were recorded. The state as of a day by business date
 * counts the first kind by this date and the second by when it was recorded.
 */
final class BusinessDates {

    private BusinessDates() {
    }

    /** The date the fact bears, or empty when the event has none (or an older event left it out). */
    static Optional<LocalDate> of(Object event) {
        return Optional.ofNullable(date(event));
    }

    private static LocalDate date(Object event) {
        // a pair's journal
        if (event instanceof MeetingRecorded e) {
            return e.heldOn();
        } else if (event instanceof AgreementSigned e) {
            return e.signedOn();
        } else if (event instanceof IndividualPlanApproved e) {
            return e.approvedOn();
        } else if (event instanceof IndividualPlanAmended e) {
            return e.amendedOn();
        } else if (event instanceof PlanActivityCompleted e) {
            return e.completedOn();
        } else if (event instanceof FeedbackGiven e) {
            return e.date();
        } else if (event instanceof PairCompleted e) {
            return e.completedOn();
        } else if (event instanceof PairDissolved e) {
            return e.dissolvedOn();
        }
        // a program's documents, orders, people and events
        if (event instanceof ProgramDocumentRegistered e) {
            return e.date();
        } else if (event instanceof CuratorAppointed e) {
            return e.orderDate();
        } else if (event instanceof PairsFixedByOrder e) {
            return e.orderDate();
        } else if (event instanceof MenteeEnrolled e) {
            return e.enrolledOn();
        } else if (event instanceof MentorEnrolled e) {
            return e.enrolledOn();
        } else if (event instanceof PersonalDataConsentGiven e) {
            return e.date();
        } else if (event instanceof PersonalDataConsentWithdrawn e) {
            return e.date();
        } else if (event instanceof InformingEventRecorded e) {
            return e.date();
        } else if (event instanceof MentorInterviewRecorded e) {
            return e.date();
        } else if (event instanceof MentorTrainingHeld e) {
            return e.date();
        } else if (event instanceof GroupMeetingHeld e) {
            return e.date();
        } else if (event instanceof BaselineAssessmentRecorded e) {
            return e.date();
        } else if (event instanceof FinalAssessmentRecorded e) {
            return e.date();
        } else if (event instanceof SatisfactionSurveyed e) {
            return e.date();
        } else if (event instanceof MentorAwarded e) {
            return e.date();
        } else if (event instanceof FinalEventHeld e) {
            return e.date();
        } else if (event instanceof MonitoringReportSubmitted e) {
            return e.date();
        }
        // a road map's approval and the work on its items
        if (event instanceof RoadMapApproved e) {
            return e.orderDate();
        } else if (event instanceof RoadMapItemStarted e) {
            return e.startedOn();
        } else if (event instanceof RoadMapItemCompleted e) {
            return e.completedOn();
        } else if (event instanceof RoadMapItemOccurrenceCompleted e) {
            return e.completedOn();
        } else if (event instanceof RoadMapItemCancelled e) {
            return e.cancelledOn();
        }
        return null;
    }
}
