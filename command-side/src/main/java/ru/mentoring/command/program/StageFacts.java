package ru.mentoring.command.program;

import ru.mentoring.api.program.ProgramFacts;
import ru.mentoring.api.program.ProgramStage;

/**
 * What the stage checklist needs to know of a program, read from the state its members keep.
 */
final class StageFacts {

    private StageFacts() {
    }

    static ProgramFacts of(ProgramStage stage, boolean curatorAppointed, Preparation preparation, Roster roster,
                           Matching matching, Closing closing) {
        return new ProgramFacts(stage, preparation.documents(), curatorAppointed, preparation.forms(),
                preparation.coverageTargetsSet(), preparation.informingEvents(),
                (int) roster.count(Participant::isMentee), (int) roster.count(Participant::isMentor),
                roster.ids(p -> !p.hasConsent()),
                roster.ids(p -> p.isMentee() && !p.baselineAssessed),
                roster.ids(p -> p.isMentor() && !p.interviewPassed),
                roster.ids(p -> p.isMentor() && p.trainingSessions == 0),
                roster.menteeBaseFormed(), roster.mentorBaseFormed(), matching.groupMeetingHeld(),
                matching.proposed(), matching.fixed(), closing.finalEventHeld(), closing.menteeSurveys(),
                closing.mentorSurveys(),
                roster.ids(p -> p.isMentee() && matching.isPairedMentee(p.personId) && !p.finalAssessed),
                closing.monitoringReportSubmitted());
    }
}
