package ru.mentoring.app.agreement;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.pair.PairOpened;
import ru.mentoring.api.program.*;
import ru.mentoring.app.TestSchool;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Pairs opened the way every pair is: a program of a school of its own brings its people through preparation,
 * proposes them in pairs and groups, and fixes them by order; the pair policy opens each. A batch is made when
 * the pool runs dry, and handed out one pair a try.
 */
final class PairPool {

    private static final int BATCH = 16;
    private static final LocalDate DAY = LocalDate.of(2020, 9, 1);

    /** One opened pair: who is in it and the date of the order that fixed it. */
    record Opened(PairId pair, ProgramId program, OrganizationId school, MetaData curator, List<PersonId> mentors,
                  List<PersonId> mentees, LocalDate fixedOn) {
    }

    private final CommandGateway commands;
    private final StoredEvents stored;
    private final LocalDate fixedOn;
    private final Deque<Opened> ready = new ArrayDeque<>();
    private final List<Opened> made = new ArrayList<>();

    /** Pairs fixed by an order of {@code fixedOn}, in programs of its academic year. */
    PairPool(CommandGateway commands, StoredEvents stored, LocalDate fixedOn) {
        this.commands = commands;
        this.stored = stored;
        this.fixedOn = fixedOn;
    }

    Opened next() {
        if (ready.isEmpty()) {
            fill();
        }
        return ready.pop();
    }

    /** Every pair the pool made, handed out or not. */
    List<Opened> made() {
        return List.copyOf(made);
    }

    /** The academic year of the pools' programs: the one the order falls in. */
    AcademicPeriod period() {
        return new AcademicPeriod(fixedOn.getMonthValue() >= 9 ? fixedOn.getYear() : fixedOn.getYear() - 1);
    }

    private void fill() {
        TestSchool school = TestSchool.register(commands, "Школа пар");
        MetaData curator = school.asCurator("curator@pairs");
        ProgramId program = ProgramId.random();
        send(new CreateProgram(program, school.id(), period(), "Программа пар " + program), curator);
        send(new AppointCurator(program, new PersonId(UUID.randomUUID()), "1-к", DAY), curator);
        for (ProgramDocumentKind kind : List.of(ProgramDocumentKind.IMPLEMENTATION_ORDER,
                ProgramDocumentKind.PROGRAM_REGULATION, ProgramDocumentKind.CURATOR_APPOINTMENT_ORDER)) {
            send(new RegisterProgramDocument(program, kind, "1-о", DAY, null), curator);
        }
        send(new ChooseMentoringForms(program, Set.of(MentoringForm.TEACHER_STUDENT)), curator);
        send(new SetCoverageTargets(program, 100, 20, 10, 10), curator);
        send(new RecordInformingEvent(program, InformingEventKind.PEDAGOGICAL_COUNCIL, DAY, 30), curator);
        List<PersonId> mentors = List.of(mentor(program, curator), mentor(program, curator));
        send(new RecordMentorTraining(program, DAY, "Роль наставника", Set.copyOf(mentors)), curator);
        List<List<PersonId>> groups = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            groups.add(i % 4 == 3 ? List.of(mentee(program, curator), mentee(program, curator))
                    : List.of(mentee(program, curator)));
        }
        send(new FormMenteeBase(program), curator);
        send(new FormMentorBase(program), curator);
        send(new AdvanceProgramStage(program, ProgramStage.MATCHING), curator);
        send(new RecordGroupMeeting(program, DAY, 2, BATCH), curator);
        List<Opened> batch = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            boolean group = groups.get(i).size() > 1;
            List<PersonId> pairMentors = group ? mentors : List.of(mentors.get(i % 2));
            PairId pair = PairId.random();
            send(new ProposePair(program, pair, MentoringForm.TEACHER_STUDENT, group ? InteractionFormat.GROUP
                    : InteractionFormat.INDIVIDUAL, null, Set.copyOf(pairMentors), Set.copyOf(groups.get(i))), curator);
            batch.add(new Opened(pair, program, school.id(), curator, pairMentors, groups.get(i), fixedOn));
        }
        send(new FixPairsByOrder(program, "1-п", fixedOn), curator);
        for (Opened opened : batch) {
            if (!stored.await(opened.pair().toString(), PairOpened.class::isInstance, Duration.ofSeconds(60))) {
                throw new IllegalStateException("the pair policy did not open " + opened.pair() + " in a minute");
            }
        }
        made.addAll(batch);
        ready.addAll(batch);
    }

    private PersonId mentor(ProgramId program, MetaData curator) {
        PersonId mentor = new PersonId(UUID.randomUUID());
        send(new EnrollMentor(program, mentor, MentorCategory.TEACHER, null, 10, "Предметы", 20, null, DAY), curator);
        send(new GiveConsent(program, mentor, ConsentGiver.PARTICIPANT, DAY), curator);
        send(new RecordMentorInterview(program, mentor, DAY, false, true), curator);
        return mentor;
    }

    private PersonId mentee(ProgramId program, MetaData curator) {
        PersonId mentee = new PersonId(UUID.randomUUID());
        send(new EnrollMentee(program, mentee, MenteeCategory.STUDENT, 14, null, "8Б", "Учёба", RequestSource.SELF,
                DAY), curator);
        send(new GiveConsent(program, mentee, ConsentGiver.LEGAL_REPRESENTATIVE, DAY), curator);
        send(new RecordBaselineAssessment(program, mentee, Map.of("успеваемость", 60), DAY), curator);
        return mentee;
    }

    /** The pool's own steps must all be accepted: a refusal here is a broken pool, not a generated detour. */
    private void send(Object command, MetaData curator) {
        commands.sendAndWait(command, curator);
    }
}
