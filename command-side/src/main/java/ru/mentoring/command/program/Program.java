package ru.mentoring.command.program;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.axonframework.serialization.Revision;
import ru.mentoring.api.audit.AsOfFrame;
import ru.mentoring.api.audit.ProgramAsOf;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;
import ru.mentoring.api.program.*;
import ru.mentoring.command.common.DomainRuleViolation;

import java.util.*;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One organization's mentoring program (программа наставничества) for one academic year. It runs the program
 * through its stages — preparation, matching, meetings, final meeting, monitoring — with an event for every
 * step, and refuses a step whose conditions do not hold. People are known only by {@link PersonId}: their
 * names live in the erasable person register. What each stage has gathered is kept by a member —
 * {@link Preparation}, {@link Roster}, {@link Matching}, {@link Closing}; the words of refusals are in
 * {@link ProgramRules} and {@link ParticipantRules}.
 */
@Aggregate(snapshotTriggerDefinition = "programSnapshotTrigger")
@Revision("3") // snapshots of another shape (2: no title; 1: before the members) are skipped and the events replayed
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY) // snapshots are Jackson-serialized fields
public class Program {

    @AggregateIdentifier
    private ProgramId programId;
    private String title;
    private AcademicPeriod period;
    private ProgramStage stage;
    private PersonId curatorId;
    @AggregateMember
    private final Preparation preparation = new Preparation();
    @AggregateMember
    private final Roster roster = new Roster();
    @AggregateMember
    private final Matching matching = new Matching();
    @AggregateMember
    private final Closing closing = new Closing();

    protected Program() {
        // for event sourcing
    }

    @CommandHandler
    public Program(CreateProgram command, ProgramTitles titles) {
        String title = command.title().strip();
        ProgramRules.requireTitleFreeInOrganizationAndPeriod(command, title, titles);
        apply(new ProgramCreated(command.programId(), command.organizationId(), command.period(), title));
    }

    @CommandHandler
    public void handle(AppointCurator command) {
        ProgramRules.requireNotCompleted(stage);
        ProgramRules.requireNewCurator(command.curatorId(), curatorId);
        apply(new CuratorAppointed(programId, command.curatorId(), command.orderNumber().strip(), command.orderDate()));
    }

    @CommandHandler
    public void handle(RegisterProgramDocument command) {
        ProgramRules.requireNotCompleted(stage);
        apply(new ProgramDocumentRegistered(programId, command.kind(), command.number().strip(), command.date(),
                command.title() == null ? null : command.title().strip()));
    }

    @CommandHandler
    public void handle(ChooseMentoringForms command) {
        ProgramRules.requireStage(stage, ProgramStage.PREPARATION, "выбрать формы наставничества");
        apply(new MentoringFormsChosen(programId, Set.copyOf(command.forms())));
    }

    @CommandHandler
    public void handle(SetCoverageTargets command) {
        ProgramRules.requireStage(stage, ProgramStage.PREPARATION, "задать целевые показатели охвата");
        apply(new CoverageTargetsSet(programId, command.students(), command.teachers(),
                command.studentCoveragePercent(), command.teacherCoveragePercent()));
    }

    @CommandHandler
    public void handle(RecordInformingEvent command) {
        ProgramRules.requireNotCompleted(stage);
        apply(new InformingEventRecorded(programId, command.kind(), command.date(), command.attendance()));
    }

    @CommandHandler
    public void handle(EnrollMentee command) {
        ProgramRules.requireEnrollmentOpen(stage);
        apply(roster.enrollment(programId, command));
    }

    @CommandHandler
    public void handle(EnrollMentor command) {
        ProgramRules.requireEnrollmentOpen(stage);
        apply(roster.enrollment(programId, command));
    }

    /** A class list: each enrollment and consent as its own command would decide it, all or none. */
    @CommandHandler
    public void handle(EnrollParticipants command, GuardianConsentAges guardianAges) {
        ProgramRules.requireEnrollmentOpen(stage);
        boolean elsewhere = command.mentees().stream().anyMatch(m -> !programId.equals(m.programId()))
                || command.mentors().stream().anyMatch(m -> !programId.equals(m.programId()))
                || command.consents().stream().anyMatch(c -> !programId.equals(c.programId()));
        if (elsewhere) {
            throw new DomainRuleViolation("import.program-mismatch",
                    "Все записи списка должны относиться к программе " + programId);
        }
        command.mentees().forEach(mentee -> apply(roster.enrollment(programId, mentee)));
        command.mentors().forEach(mentor -> apply(roster.enrollment(programId, mentor)));
        GuardianConsentAge guardianAge = command.consents().isEmpty() ? null : guardianAges.of(programId);
        for (GiveConsent consent : command.consents()) {
            ParticipantRules.requireConsentFromTheRightPerson(roster.require(consent.personId()), consent.givenBy(),
                    guardianAge);
            apply(new PersonalDataConsentGiven(programId, consent.personId(), consent.givenBy(), consent.date()));
        }
    }

    /** Who signs a minor's consent depends on the region's setting, which {@code guardianAges} reads. */
    @CommandHandler
    public void handle(GiveConsent command, GuardianConsentAges guardianAges) {
        ProgramRules.requireNotCompleted(stage);
        ParticipantRules.requireConsentFromTheRightPerson(roster.require(command.personId()), command.givenBy(),
                guardianAges.of(programId));
        apply(new PersonalDataConsentGiven(programId, command.personId(), command.givenBy(), command.date()));
    }

    @CommandHandler
    public void handle(WithdrawConsent command) {
        roster.requireConsent(command.personId());
        apply(new PersonalDataConsentWithdrawn(programId, command.personId(), command.date()));
    }

    @CommandHandler
    public void handle(RecordBaselineAssessment command) {
        ProgramRules.requireStage(stage, ProgramStage.PREPARATION, "записать входную оценку");
        roster.requireConsent(command.personId());
        apply(new BaselineAssessmentRecorded(programId, command.personId(), command.scores(), command.date()));
    }

    @CommandHandler
    public void handle(RecordMentorInterview command) {
        ProgramRules.requireEnrollmentOpen(stage);
        roster.requireConsentingMentor(command.personId());
        apply(new MentorInterviewRecorded(programId, command.personId(), command.date(), command.withPsychologist(),
                command.passed()));
    }

    @CommandHandler
    public void handle(RecordMentorTraining command) {
        ProgramRules.requireNotCompleted(stage);
        command.attended().forEach(roster::requireMentor);
        apply(new MentorTrainingHeld(programId, roster.trainingSessions() + 1, command.date(),
                command.topic().strip(), Set.copyOf(command.attended())));
    }

    @CommandHandler
    public void handle(FormMenteeBase command) {
        ProgramRules.requireStage(stage, ProgramStage.PREPARATION, "сформировать базу наставляемых");
        apply(new MenteeBaseFormed(programId, ParticipantRules.requireBaseReady(roster, ParticipantRole.MENTEE)));
    }

    @CommandHandler
    public void handle(FormMentorBase command) {
        ProgramRules.requireStage(stage, ProgramStage.PREPARATION, "сформировать базу наставников");
        apply(new MentorBaseFormed(programId, ParticipantRules.requireBaseReady(roster, ParticipantRole.MENTOR)));
    }

    @CommandHandler
    public void handle(AdvanceProgramStage command) {
        ProgramRules.requireNextStage(stage, command.to());
        ProgramRules.requireStageConditionsMet(stage, StageChecklist.unmet(
                StageFacts.of(stage, curatorId != null, preparation, roster, matching, closing)));
        apply(new ProgramStageAdvanced(programId, stage, command.to()));
        if (command.to() == ProgramStage.COMPLETED) {
            apply(new ProgramCompleted(programId));
        }
    }

    @CommandHandler
    public void handle(RecordGroupMeeting command) {
        ProgramRules.requireStage(stage, ProgramStage.MATCHING, "провести групповую встречу");
        apply(new GroupMeetingHeld(programId, command.date(), command.mentorsPresent(), command.menteesPresent()));
    }

    @CommandHandler
    public void handle(RecordPreferences command) {
        ProgramRules.requireStage(stage, ProgramStage.MATCHING, "записать предпочтения участников");
        ProgramRules.requireGroupMeetingHeld(matching.groupMeetingHeld());
        Participant participant = roster.requireConsent(command.personId());
        ParticipantRules.requirePreferredOfOtherRole(roster, participant, command.preferred());
        apply(new PreferencesRecorded(programId, command.personId(), participant.role, List.copyOf(command.preferred())));
    }

    @CommandHandler
    public void handle(ProposePair command) {
        ProgramRules.requireStage(stage, ProgramStage.MATCHING, "предложить пару или группу");
        ParticipantRules.requireProposalFits(command, preparation.forms(), roster, matching);
        apply(new PairProposed(programId, command.pairId(), command.form(), command.format(), command.kind(),
                Set.copyOf(command.mentors()), Set.copyOf(command.mentees())));
    }

    @CommandHandler
    public void handle(WithdrawPairProposal command) {
        ProgramRules.requireStage(stage, ProgramStage.MATCHING, "отозвать предложенную пару");
        matching.requireProposed(command.pairId().value());
        apply(new PairProposalWithdrawn(programId, command.pairId(),
                PersonalText.about(matching.peopleOf(command.pairId().value()), command.reason())));
    }

    @CommandHandler
    public void handle(FixPairsByOrder command) {
        ProgramRules.requireStage(stage, ProgramStage.MATCHING, "закрепить пары приказом");
        List<FixedPair> pairs = matching.unfixed();
        ProgramRules.requireSomethingToFix(pairs);
        apply(new PairsFixedByOrder(programId, command.orderNumber().strip(), command.orderDate(), pairs,
                matching.feedbackDates()));
    }

    @CommandHandler
    public void handle(SetFeedbackDates command) {
        ProgramRules.requireNotCompleted(stage);
        apply(new FeedbackDatesSet(programId, command.dates().stream().distinct().sorted().toList()));
    }

    /** The pair policy's answer to a dissolution: a fact even a completed program takes; a repeat changes nothing. */
    @CommandHandler
    public void handle(ReturnMenteesToBase command) {
        if (matching.notAmongPairs(command.pairId().value())) {
            return;
        }
        matching.requireFixed(command.pairId().value());
        apply(new MenteesReturnedToBase(programId, command.pairId(), Set.copyOf(command.mentees()),
                PersonalText.about(matching.peopleOf(command.pairId().value()), command.reason())));
    }

    @CommandHandler
    public void handle(RecordFinalEvent command) {
        ProgramRules.requireStage(stage, ProgramStage.FINAL, "провести заключительное мероприятие");
        Set<UUID> paired = matching.pairedParticipants();
        ProgramRules.requirePresentArePaired(command.present(), paired);
        apply(new FinalEventHeld(programId, command.date(), command.title().strip(), Set.copyOf(command.present()),
                paired.size()));
    }

    @CommandHandler
    public void handle(AwardMentor command) {
        ProgramRules.requireOneOfStages(stage, "наградить наставника", ProgramStage.FINAL, ProgramStage.MONITORING);
        roster.requireMentor(command.personId());
        apply(new MentorAwarded(programId, command.personId(),
                PersonalText.about(List.of(command.personId()), command.award()), command.date()));
    }

    @CommandHandler
    public void handle(RecordSatisfaction command) {
        ProgramRules.requireOneOfStages(stage, "записать анкету удовлетворённости", ProgramStage.FINAL,
                ProgramStage.MONITORING);
        Participant participant = roster.requireConsent(command.personId());
        apply(new SatisfactionSurveyed(programId, command.personId(), participant.role, command.percent(),
                command.date()));
    }

    @CommandHandler
    public void handle(RecordFinalAssessment command) {
        ProgramRules.requireStage(stage, ProgramStage.MONITORING, "записать итоговую оценку");
        roster.requireConsent(command.personId());
        apply(new FinalAssessmentRecorded(programId, command.personId(), command.scores(), command.date()));
    }

    @CommandHandler
    public void handle(RecordCase command) {
        ProgramRules.requireStage(stage, ProgramStage.MONITORING, "оформить кейс");
        List<PersonId> about;
        if (command.pairId() != null) {
            matching.requireFixed(command.pairId().value());
            about = matching.peopleOf(command.pairId().value());
        } else {
            about = roster.ids(participant -> true);
        }
        apply(new CaseRecorded(programId, closing.nextCase(), PersonalText.about(about, command.title()),
                PersonalText.about(about, command.summary()), Texts.blankToNull(command.publishedAt()),
                command.pairId()));
    }

    @CommandHandler
    public void handle(MoveMenteeToMentorBase command) {
        ProgramRules.requireStage(stage, ProgramStage.MONITORING, "перевести наставляемого в базу наставников");
        ParticipantRules.requireMayJoinMentorBase(roster.requireMentee(command.personId()), matching);
        apply(new MenteeJoinedMentorBase(programId, command.personId(), period.next().toString()));
    }

    @CommandHandler
    public void handle(SubmitMonitoringReport command) {
        ProgramRules.requireStage(stage, ProgramStage.MONITORING, "представить отчёт мониторинга");
        apply(new MonitoringReportSubmitted(programId, command.date(), command.reference().strip()));
    }

    /** The program as the events it was built from made it, read-only, in the frame an as-of view gives. */
    public ProgramAsOf asOf(AsOfFrame frame) {
        return new ProgramAsOf(programId, frame.at(), frame.basis(), frame.businessDate(), frame.eventsApplied(),
                frame.lastEventAt(), title, period.toString(), stage, curatorId != null,
                preparation.documentsRegistered(), Set.copyOf(preparation.forms()), preparation.informingEvents(),
                (int) roster.count(Participant::isMentee), (int) roster.count(Participant::isMentor),
                roster.menteeBaseFormed(), roster.mentorBaseFormed(), matching.proposed(), matching.fixed(),
                closing.finalEventHeld(), closing.monitoringReportSubmitted(), frame.recordedLater());
    }

    @EventSourcingHandler
    void on(ProgramCreated event) {
        programId = event.programId();
        title = event.title();
        period = event.period();
        stage = ProgramStage.PREPARATION;
    }

    @EventSourcingHandler
    void on(CuratorAppointed event) {
        curatorId = event.curatorId();
    }

    @EventSourcingHandler
    void on(ProgramStageAdvanced event) {
        stage = event.to();
    }
}
