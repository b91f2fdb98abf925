package ru.mentoring.command.program;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.*;
import ru.mentoring.command.common.DomainRuleViolation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One organization's mentoring program (программа наставничества) for one academic year. It runs the program
 * through its stages — preparation, matching, meetings, final meeting, monitoring — with an event for every
 * step, and refuses a step whose conditions do not hold. People are known only by {@link PersonId}: their
 * names live in the erasable person register.
 */
@Aggregate(snapshotTriggerDefinition = "programSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY) // snapshots are Jackson-serialized fields
public class Program {

    @AggregateIdentifier
    private ProgramId programId;
    private AcademicPeriod period;
    private ProgramStage stage;
    private PersonId curatorId;
    private final Set<ProgramDocumentKind> documents = EnumSet.noneOf(ProgramDocumentKind.class);
    private final Set<MentoringForm> forms = new HashSet<>();
    private boolean coverageTargetsSet;
    private int informingEvents;
    private boolean finalEventHeld;
    private int cases;
    private boolean monitoringReportSubmitted;
    private int menteeSurveys;
    private int mentorSurveys;
    private List<LocalDate> feedbackDates = List.of();
    @AggregateMember
    private final Roster roster = new Roster();
    @AggregateMember
    private final Matching matching = new Matching();

    protected Program() {
        // for event sourcing
    }

    @CommandHandler
    public Program(CreateProgram command, ProgramTitles titles) {
        String title = command.title().strip();
        requireTitleFreeInOrganizationAndPeriod(command, title, titles);
        apply(new ProgramCreated(command.programId(), command.organizationId(), command.period(), title));
    }

    // --- preparation ---------------------------------------------------------------------------------------

    @CommandHandler
    public void handle(AppointCurator command) {
        requireNotCompleted();
        if (command.curatorId().equals(curatorId)) {
            throw new DomainRuleViolation("program.curator-already-appointed", "Этот куратор уже назначен на программу");
        }
        apply(new CuratorAppointed(programId, command.curatorId(), command.orderNumber().strip(), command.orderDate()));
    }

    @CommandHandler
    public void handle(RegisterProgramDocument command) {
        requireNotCompleted();
        apply(new ProgramDocumentRegistered(programId, command.kind(), command.number().strip(), command.date(),
                command.title() == null ? null : command.title().strip()));
    }

    @CommandHandler
    public void handle(ChooseMentoringForms command) {
        requireStage(ProgramStage.PREPARATION, "выбрать формы наставничества");
        apply(new MentoringFormsChosen(programId, Set.copyOf(command.forms())));
    }

    @CommandHandler
    public void handle(SetCoverageTargets command) {
        requireStage(ProgramStage.PREPARATION, "задать целевые показатели охвата");
        apply(new CoverageTargetsSet(programId, command.students(), command.teachers(),
                command.studentCoveragePercent(), command.teacherCoveragePercent()));
    }

    @CommandHandler
    public void handle(RecordInformingEvent command) {
        requireNotCompleted();
        apply(new InformingEventRecorded(programId, command.kind(), command.date(), command.attendance()));
    }

    @CommandHandler
    public void handle(EnrollMentee command) {
        requireEnrollmentOpen();
        roster.requireNotEnrolled(command.personId());
        ParticipantRules.requireMenteeProfile(command);
        apply(new MenteeEnrolled(programId, command.personId(), command.category(), command.age(),
                command.experienceYears(), blankToNull(command.grade()), command.request().strip(),
                command.requestSource(), command.enrolledOn()));
    }

    @CommandHandler
    public void handle(EnrollMentor command) {
        requireEnrollmentOpen();
        roster.requireNotEnrolled(command.personId());
        ParticipantRules.requireMentorProfile(command);
        apply(new MentorEnrolled(programId, command.personId(), command.category(), command.age(),
                command.experienceYears(), command.competencies().strip(), command.capacity(),
                blankToNull(command.enterprise()), command.enrolledOn()));
    }

    /** Who signs a minor's consent depends on the region's setting, which {@code guardianAges} reads. */
    @CommandHandler
    public void handle(GiveConsent command, GuardianConsentAges guardianAges) {
        requireNotCompleted();
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
        requireStage(ProgramStage.PREPARATION, "записать входную оценку");
        roster.requireConsent(command.personId());
        apply(new BaselineAssessmentRecorded(programId, command.personId(), command.scores(), command.date()));
    }

    @CommandHandler
    public void handle(RecordMentorInterview command) {
        requireEnrollmentOpen();
        roster.requireMentor(command.personId());
        roster.requireConsent(command.personId());
        apply(new MentorInterviewRecorded(programId, command.personId(), command.date(), command.withPsychologist(),
                command.passed()));
    }

    @CommandHandler
    public void handle(RecordMentorTraining command) {
        requireNotCompleted();
        command.attended().forEach(roster::requireMentor);
        apply(new MentorTrainingHeld(programId, roster.trainingSessions() + 1, command.date(),
                command.topic().strip(), Set.copyOf(command.attended())));
    }

    @CommandHandler
    public void handle(FormMenteeBase command) {
        requireStage(ProgramStage.PREPARATION, "сформировать базу наставляемых");
        requireBaseNotYetFormed(roster.menteeBaseFormed(), "наставляемых");
        apply(new MenteeBaseFormed(programId, ParticipantRules.requireBaseReady(roster, Participant::isMentee,
                "наставляемых")));
    }

    @CommandHandler
    public void handle(FormMentorBase command) {
        requireStage(ProgramStage.PREPARATION, "сформировать базу наставников");
        requireBaseNotYetFormed(roster.mentorBaseFormed(), "наставников");
        apply(new MentorBaseFormed(programId, ParticipantRules.requireBaseReady(roster, Participant::isMentor,
                "наставников")));
    }

    // --- stage transitions ---------------------------------------------------------------------------------

    @CommandHandler
    public void handle(AdvanceProgramStage command) {
        if (command.to() != stage.next() || stage == ProgramStage.COMPLETED) {
            throw new DomainRuleViolation("program.stage-out-of-order", "Программа на этапе «" + stage.title()
                    + "»; следующий этап — «" + stage.next().title() + "», а не «" + command.to().title() + "»");
        }
        List<UnmetCondition> unmet = StageChecklist.unmet(facts());
        if (!unmet.isEmpty()) {
            throw new StageConditionsUnmet(stage, unmet);
        }
        apply(new ProgramStageAdvanced(programId, stage, command.to()));
        if (command.to() == ProgramStage.COMPLETED) {
            apply(new ProgramCompleted(programId));
        }
    }

    /** What the stage checklist needs to know, read from this program's state. */
    ProgramFacts facts() {
        return new ProgramFacts(stage, documents, curatorId != null, forms, coverageTargetsSet, informingEvents,
                (int) roster.count(Participant::isMentee), (int) roster.count(Participant::isMentor),
                roster.ids(p -> !p.hasConsent()),
                roster.ids(p -> p.isMentee() && !p.baselineAssessed),
                roster.ids(p -> p.isMentor() && !p.interviewPassed),
                roster.ids(p -> p.isMentor() && p.trainingSessions == 0),
                roster.menteeBaseFormed(), roster.mentorBaseFormed(), matching.groupMeetingHeld(),
                matching.proposed(), matching.fixed(), finalEventHeld, menteeSurveys, mentorSurveys,
                roster.ids(p -> p.isMentee() && matching.isPairedMentee(p.personId) && !p.finalAssessed),
                monitoringReportSubmitted);
    }

    // --- matching ------------------------------------------------------------------------------------------

    @CommandHandler
    public void handle(RecordGroupMeeting command) {
        requireStage(ProgramStage.MATCHING, "провести групповую встречу");
        apply(new GroupMeetingHeld(programId, command.date(), command.mentorsPresent(), command.menteesPresent()));
    }

    @CommandHandler
    public void handle(RecordPreferences command) {
        requireStage(ProgramStage.MATCHING, "записать предпочтения участников");
        if (!matching.groupMeetingHeld()) {
            throw new DomainRuleViolation("matching.group-meeting-first",
                    "Предпочтения записываются после групповой встречи наставников и наставляемых");
        }
        Participant participant = roster.requireConsent(command.personId());
        command.preferred().forEach(partner -> {
            Participant other = roster.require(partner);
            if (other.role == participant.role) {
                throw new DomainRuleViolation("matching.preference-same-role",
                        "Предпочесть можно только участника другой роли: " + partner);
            }
        });
        apply(new PreferencesRecorded(programId, command.personId(), participant.role, List.copyOf(command.preferred())));
    }

    @CommandHandler
    public void handle(ProposePair command) {
        requireStage(ProgramStage.MATCHING, "предложить пару или группу");
        matching.requireNewPairId(command.pairId().value());
        if (!forms.contains(command.form())) {
            throw new DomainRuleViolation("pair.form-not-chosen", "Форма «" + command.form().title()
                    + "» не выбрана для этой программы");
        }
        matching.requireFormatFits(command);
        command.mentees().forEach(mentee -> ParticipantRules.requireMenteeFits(roster, matching, command.form(), mentee));
        command.mentors().forEach(mentor -> ParticipantRules.requireMentorFits(roster, matching, command.form(), mentor,
                command.mentees().size()));
        apply(new PairProposed(programId, command.pairId(), command.form(), command.format(), command.kind(),
                Set.copyOf(command.mentors()), Set.copyOf(command.mentees())));
    }

    @CommandHandler
    public void handle(WithdrawPairProposal command) {
        requireStage(ProgramStage.MATCHING, "отозвать предложенную пару");
        matching.requireProposed(command.pairId().value());
        apply(new PairProposalWithdrawn(programId, command.pairId(), command.reason().strip()));
    }

    @CommandHandler
    public void handle(FixPairsByOrder command) {
        requireStage(ProgramStage.MATCHING, "закрепить пары приказом");
        List<FixedPair> pairs = matching.unfixed();
        if (pairs.isEmpty()) {
            throw new DomainRuleViolation("matching.nothing-to-fix", "Нет предложенных пар или групп для закрепления");
        }
        apply(new PairsFixedByOrder(programId, command.orderNumber().strip(), command.orderDate(), pairs,
                feedbackDates));
    }

    @CommandHandler
    public void handle(SetFeedbackDates command) {
        requireNotCompleted();
        apply(new FeedbackDatesSet(programId, command.dates().stream().distinct().sorted().toList()));
    }

    /**
     * Sent by the pair policy when a pair is dissolved, and sent again when the policy's processor is handed that
     * event again: a pair no longer among the program's pairs has had its mentees returned already (only fixed
     * pairs become pairs that can be dissolved), so the repeat changes nothing.
     */
    @CommandHandler
    public void handle(ReturnMenteesToBase command) {
        if (matching.notAmongPairs(command.pairId().value())) {
            return;
        }
        requireNotCompleted();
        matching.requireFixed(command.pairId().value());
        apply(new MenteesReturnedToBase(programId, command.pairId(), Set.copyOf(command.mentees()),
                command.reason().strip()));
    }

    // --- final meeting and monitoring ----------------------------------------------------------------------

    @CommandHandler
    public void handle(RecordFinalEvent command) {
        requireStage(ProgramStage.FINAL, "провести заключительное мероприятие");
        Set<java.util.UUID> paired = matching.pairedParticipants();
        command.present().stream().filter(person -> !paired.contains(person.value())).findFirst()
                .ifPresent(person -> {
                    throw new DomainRuleViolation("final-event.not-a-participant",
                            "Участник " + person + " не входит ни в одну закреплённую пару или группу");
                });
        apply(new FinalEventHeld(programId, command.date(), command.title().strip(), Set.copyOf(command.present()),
                paired.size()));
    }

    @CommandHandler
    public void handle(AwardMentor command) {
        requireOneOfStages("наградить наставника", ProgramStage.FINAL, ProgramStage.MONITORING);
        roster.requireMentor(command.personId());
        apply(new MentorAwarded(programId, command.personId(), command.award().strip(), command.date()));
    }

    @CommandHandler
    public void handle(RecordSatisfaction command) {
        requireOneOfStages("записать анкету удовлетворённости", ProgramStage.FINAL, ProgramStage.MONITORING);
        Participant participant = roster.requireConsent(command.personId());
        apply(new SatisfactionSurveyed(programId, command.personId(), participant.role, command.percent(),
                command.date()));
    }

    @CommandHandler
    public void handle(RecordFinalAssessment command) {
        requireStage(ProgramStage.MONITORING, "записать итоговую оценку");
        roster.requireConsent(command.personId());
        apply(new FinalAssessmentRecorded(programId, command.personId(), command.scores(), command.date()));
    }

    @CommandHandler
    public void handle(RecordCase command) {
        requireStage(ProgramStage.MONITORING, "оформить кейс");
        apply(new CaseRecorded(programId, cases + 1, command.title().strip(), command.summary().strip(),
                blankToNull(command.publishedAt())));
    }

    @CommandHandler
    public void handle(MoveMenteeToMentorBase command) {
        requireStage(ProgramStage.MONITORING, "перевести наставляемого в базу наставников");
        Participant mentee = roster.requireMentee(command.personId());
        if (!matching.isPairedMentee(mentee.personId)) {
            throw new DomainRuleViolation("mentee.not-finished",
                    "В базу наставников переходят наставляемые, прошедшие программу в паре или группе");
        }
        if (mentee.joinedMentorBase) {
            throw new DomainRuleViolation("mentee.already-moved", "Наставляемый уже переведён в базу наставников");
        }
        apply(new MenteeJoinedMentorBase(programId, command.personId(), period.next().toString()));
    }

    @CommandHandler
    public void handle(SubmitMonitoringReport command) {
        requireStage(ProgramStage.MONITORING, "представить отчёт мониторинга");
        apply(new MonitoringReportSubmitted(programId, command.date(), command.reference().strip()));
    }

    // --- rules ---------------------------------------------------------------------------------------------

    private static void requireTitleFreeInOrganizationAndPeriod(CreateProgram command, String title,
                                                                ProgramTitles titles) {
        if (titles.isTaken(command.organizationId(), command.period(), title)) {
            throw ProgramTitles.taken(command.period(), title);
        }
    }

    private void requireStage(ProgramStage required, String action) {
        requireOneOfStages(action, required);
    }

    private void requireOneOfStages(String action, ProgramStage... allowed) {
        for (ProgramStage candidate : allowed) {
            if (candidate == stage) {
                return;
            }
        }
        throw new DomainRuleViolation("program.wrong-stage", "Нельзя " + action + " на этапе «" + stage.title()
                + "» (можно на этапе «" + java.util.Arrays.stream(allowed).map(ProgramStage::title)
                .collect(java.util.stream.Collectors.joining("», «")) + "»)");
    }

    private void requireNotCompleted() {
        if (stage == ProgramStage.COMPLETED) {
            throw new DomainRuleViolation("program.completed", "Программа завершена; изменения не принимаются");
        }
    }

    /** The bases are formed in preparation; later mentees and mentors can still join while pairs are formed. */
    private void requireEnrollmentOpen() {
        requireOneOfStages("включить участника в базу", ProgramStage.PREPARATION, ProgramStage.MATCHING);
    }

    private static void requireBaseNotYetFormed(boolean formed, String whose) {
        if (formed) {
            throw new DomainRuleViolation("program.base-already-formed", "База " + whose + " уже сформирована");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // --- state ---------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ProgramCreated event) {
        programId = event.programId();
        period = event.period();
        stage = ProgramStage.PREPARATION;
    }

    @EventSourcingHandler
    void on(CuratorAppointed event) {
        curatorId = event.curatorId();
    }

    @EventSourcingHandler
    void on(ProgramDocumentRegistered event) {
        documents.add(event.kind());
    }

    @EventSourcingHandler
    void on(MentoringFormsChosen event) {
        forms.clear();
        forms.addAll(event.forms());
    }

    @EventSourcingHandler
    void on(CoverageTargetsSet event) {
        coverageTargetsSet = true;
    }

    @EventSourcingHandler
    void on(InformingEventRecorded event) {
        informingEvents++;
    }

    @EventSourcingHandler
    void on(ProgramStageAdvanced event) {
        stage = event.to();
    }

    @EventSourcingHandler
    void on(FeedbackDatesSet event) {
        feedbackDates = List.copyOf(event.dates());
    }

    @EventSourcingHandler
    void on(FinalEventHeld event) {
        finalEventHeld = true;
    }

    @EventSourcingHandler
    void on(SatisfactionSurveyed event) {
        if (event.role() == ParticipantRole.MENTEE) {
            menteeSurveys++;
        } else {
            mentorSurveys++;
        }
    }

    @EventSourcingHandler
    void on(CaseRecorded event) {
        cases = event.number();
    }

    @EventSourcingHandler
    void on(MonitoringReportSubmitted event) {
        monitoringReportSubmitted = true;
    }
}
