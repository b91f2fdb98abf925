package ru.mentoring.app.agreement;

import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.DissolvePair;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PairOpened;
import ru.mentoring.api.program.*;
import ru.mentoring.app.agreement.ProgramPlan.Gap;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Sends one {@link ProgramPlan} through the command gateway, stage by stage, as the school's curator. It keeps
 * only the ids it made and which pairs were accepted as proposed or fixed, to name them in later commands; what a
 * stage allows is the aggregate's to decide.
 */
final class ProgramRun {

    private static final LocalDate DAY = LocalDate.of(2020, 9, 1);
    private static final Duration POLICY_PATIENCE = Duration.ofSeconds(20);

    final ProgramId program = ProgramId.random();
    private final ProgramPlan plan;
    private final CommandLog log;
    private final StoredEvents stored;
    private final Gap gap;
    private final List<PersonId> mentees = new ArrayList<>();
    private final List<PersonId> mentors = new ArrayList<>();
    private final Map<PairId, ProposePair> proposed = new LinkedHashMap<>();
    private final Map<PairId, ProposePair> fixed = new LinkedHashMap<>();
    private boolean completed;

    ProgramRun(ProgramPlan plan, CommandLog log, StoredEvents stored) {
        this.plan = plan;
        this.log = log;
        this.stored = stored;
        this.gap = plan.course().gap();
    }

    void run(OrganizationId school) {
        log.note(plan.toString());
        prepare(school);
        for (ProgramStage stage : List.of(ProgramStage.MATCHING, ProgramStage.MEETINGS, ProgramStage.FINAL,
                ProgramStage.MONITORING, ProgramStage.COMPLETED)) {
            if (plan.target().compareTo(stage) < 0) {
                return;
            }
            boolean advanced = log.send(new AdvanceProgramStage(program, stage));
            completed = stage == ProgramStage.COMPLETED && advanced;
            switch (stage) {
                case MATCHING -> match();
                case FINAL -> finalEvent();
                case MONITORING -> monitor();
                default -> { }
            }
            if (stage == plan.course().dissolveAt()) {
                dissolveFirstFixedPair();
            }
        }
    }

    private void prepare(OrganizationId school) {
        ProgramPlan.Paperwork paperwork = plan.paperwork();
        MentoringForm form = plan.people().pairing().form;
        log.send(new CreateProgram(program, school, AcademicPeriod.parse("2020-2021"), "Программа " + program));
        PersonId curator = new PersonId(UUID.randomUUID());
        if (gap != Gap.NO_CURATOR) {
            log.send(new AppointCurator(program, curator, "1-к", DAY));
        }
        if (paperwork.secondCurator() > 0) {
            PersonId again = paperwork.secondCurator() == 1 ? curator : new PersonId(UUID.randomUUID());
            log.send(new AppointCurator(program, again, "2-к", DAY.plusDays(1)));
        }
        for (ProgramDocumentKind kind : List.of(ProgramDocumentKind.IMPLEMENTATION_ORDER,
                ProgramDocumentKind.PROGRAM_REGULATION, ProgramDocumentKind.CURATOR_APPOINTMENT_ORDER)) {
            log.send(new RegisterProgramDocument(program, kind, "1-о", DAY, null));
        }
        if (paperwork.documentAgain()) {
            log.send(new RegisterProgramDocument(program, ProgramDocumentKind.IMPLEMENTATION_ORDER, "7-о",
                    DAY.plusDays(2), "Приказ в новой редакции"));
        }
        log.send(new ChooseMentoringForms(program, paperwork.secondForm()
                ? EnumSet.of(form, MentoringForm.EMPLOYER_STUDENT) : EnumSet.of(form)));
        if (gap != Gap.NO_TARGETS) {
            log.send(new SetCoverageTargets(program, 100, 20, 10, 10));
        }
        for (int i = 0; i < paperwork.informing(); i++) {
            log.send(new RecordInformingEvent(program, InformingEventKind.values()[i], DAY.plusDays(i), 30));
        }
        if (paperwork.earlyAdvance()) {
            log.send(new AdvanceProgramStage(program, ProgramStage.MATCHING));
        }
        enroll();
        log.send(new FormMenteeBase(program));
        log.send(new FormMentorBase(program));
    }

    private void enroll() {
        ProgramPlan.People people = plan.people();
        for (int i = 0; i < people.mentees(); i++) {
            PersonId mentee = new PersonId(UUID.randomUUID());
            int age = Math.min(17, people.youngest() + i);
            boolean pupil = people.pairing().mentee == MenteeCategory.STUDENT;
            log.send(new EnrollMentee(program, mentee, people.pairing().mentee, pupil ? age : null,
                    pupil ? null : i, pupil ? "7А" : null, "Учёба", RequestSource.SELF, DAY));
            log.send(new GiveConsent(program, mentee, pupil ? ConsentGiver.LEGAL_REPRESENTATIVE
                    : ConsentGiver.PARTICIPANT, DAY));
            if (gap != Gap.NO_BASELINE || i > 0) {
                log.send(new RecordBaselineAssessment(program, mentee, Map.of("успеваемость", 50 + i), DAY));
            }
            mentees.add(mentee);
        }
        for (int i = 0; i < people.mentors(); i++) {
            PersonId mentor = new PersonId(UUID.randomUUID());
            boolean pupil = people.pairing().mentor == MentorCategory.STUDENT;
            log.send(new EnrollMentor(program, mentor, people.pairing().mentor, pupil ? 16 : null,
                    pupil ? null : 12, "Предметы", people.capacity(), null, DAY));
            log.send(new GiveConsent(program, mentor, pupil ? ConsentGiver.LEGAL_REPRESENTATIVE
                    : ConsentGiver.PARTICIPANT, DAY));
            log.send(new RecordMentorInterview(program, mentor, DAY, false, gap != Gap.NO_INTERVIEW_PASSED || i > 0));
            mentors.add(mentor);
        }
        if (gap != Gap.NO_TRAINING) {
            log.send(new RecordMentorTraining(program, DAY.plusDays(5), "Роль наставника", Set.copyOf(mentors)));
        }
    }

    private void match() {
        if (gap != Gap.NO_GROUP_MEETING) {
            log.send(new RecordGroupMeeting(program, DAY.plusDays(20), mentors.size(), mentees.size()));
        }
        ProgramPlan.Course course = plan.course();
        int beforeOrder = course.lateProposal() && mentees.size() > 1 ? mentees.size() - 1 : mentees.size();
        for (int i = 0; i < beforeOrder; i++) {
            propose(i);
        }
        if (course.withdrawFirst() && !proposed.isEmpty()) {
            PairId first = proposed.keySet().iterator().next();
            if (log.send(new WithdrawPairProposal(program, first, "Участники не сошлись"))) {
                proposed.remove(first);
                propose(0);
            }
        }
        fixProposed("1-п");
        for (int i = beforeOrder; i < mentees.size(); i++) {
            propose(i);
        }
        if (course.secondOrder()) {
            fixProposed("2-п");
        }
    }

    private void propose(int mentee) {
        PairId pair = PairId.random();
        ProposePair proposal = new ProposePair(program, pair, plan.people().pairing().form,
                InteractionFormat.INDIVIDUAL, null, Set.of(mentors.get(mentee % mentors.size())),
                Set.of(mentees.get(mentee)));
        if (log.send(proposal)) {
            proposed.put(pair, proposal);
        }
    }

    private void fixProposed(String order) {
        if (log.send(new FixPairsByOrder(program, order, DAY.plusDays(30)))) {
            fixed.putAll(proposed);
            proposed.clear();
        }
    }

    private void finalEvent() {
        List<PersonId> paired = fixed.values().stream()
                .flatMap(pair -> Stream.concat(pair.mentors().stream(), pair.mentees().stream()))
                .distinct().toList();
        Set<PersonId> present = new LinkedHashSet<>(plan.course().allPresent() || paired.isEmpty() ? paired
                : paired.subList(1, paired.size()));
        if (gap != Gap.NO_FINAL_EVENT) {
            log.send(new RecordFinalEvent(program, DAY.plusMonths(8), "Итоговая встреча", present));
        }
        if (!paired.isEmpty()) {
            log.send(new AwardMentor(program, fixed.values().iterator().next().mentors().iterator().next(),
                    "Грамота", DAY.plusMonths(8)));
        }
    }

    private void monitor() {
        LocalDate day = DAY.plusMonths(9);
        if (!fixed.isEmpty() && gap != Gap.NO_SURVEYS) {
            ProposePair first = fixed.values().iterator().next();
            log.send(new RecordSatisfaction(program, first.mentees().iterator().next(), 80, day));
            log.send(new RecordSatisfaction(program, first.mentors().iterator().next(), 90, day));
        }
        fixed.values().stream().flatMap(pair -> pair.mentees().stream()).forEach(mentee ->
                log.send(new RecordFinalAssessment(program, mentee, Map.of("успеваемость", 70), day)));
        log.send(new RecordCase(program, "Кейс пары", "Что получилось", null));
        if (gap != Gap.NO_REPORT) {
            log.send(new SubmitMonitoringReport(program, day, "Отчёт № 1"));
        }
    }

    /**
     * Dissolves the first fixed pair once its policy has opened it. The program takes the pair's mentees back in the
     * policy's own time (or refuses to, when it is completed): the sequence goes on without waiting for it.
     */
    private void dissolveFirstFixedPair() {
        if (fixed.isEmpty()) {
            return;
        }
        PairId pair = fixed.keySet().iterator().next();
        if (!stored.await(pair.toString(), PairOpened.class::isInstance, POLICY_PATIENCE)) {
            log.note("pair " + pair + " was not opened within " + POLICY_PATIENCE.toSeconds() + " s");
            return;
        }
        if (log.send(new DissolvePair(pair, "Переезд наставляемого", DAY.plusMonths(4)))) {
            fixed.remove(pair);
            log.note(completed ? "the program is completed: the policy's return of the mentees will be refused"
                    : "the program takes the mentees back when the pair policy handles the dissolution");
        }
    }
}
