package ru.mentoring.app;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.api.program.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Brings a program through preparation and matching with the command gateway, for tests whose subject comes
 * after that: n pupils each paired with a teacher, fixed by order, with the given feedback dates — in a school
 * of its own, as that school's curator.
 */
public final class ProgramScenario {

    private static final LocalDate DAY = LocalDate.of(2020, 9, 1);

    public final ProgramId program = ProgramId.random();
    public final TestSchool school;
    public final List<PersonId> mentees = new ArrayList<>();
    public final List<PersonId> mentors = new ArrayList<>();
    public final List<PairId> pairs = new ArrayList<>();
    private final CommandGateway commands;

    private final MetaData curator;

    private ProgramScenario(CommandGateway commands) {
        this.commands = commands;
        this.school = TestSchool.register(commands, "Школа сценария");
        this.curator = school.asCurator("curator@scenario");
    }

    public static ProgramScenario withFixedPairs(CommandGateway commands, int pairs, List<LocalDate> feedbackDates) {
        ProgramScenario scenario = new ProgramScenario(commands);
        scenario.prepare(pairs);
        scenario.match(feedbackDates);
        return scenario;
    }

    private void send(Object command) {
        commands.sendAndWait(command, curator);
    }

    private PersonId person(String lastName) {
        PersonId id = new PersonId(UUID.randomUUID());
        send(new RegisterPerson(id, lastName, "Тест", null, null, null, null));
        return id;
    }

    private void prepare(int pairs) {
        send(new CreateProgram(program, school.id(), AcademicPeriod.parse("2020-2021"),
                "Программа наставничества " + program));
        send(new AppointCurator(program, person("Куратор"), "1-о", DAY));
        for (ProgramDocumentKind kind : List.of(ProgramDocumentKind.IMPLEMENTATION_ORDER,
                ProgramDocumentKind.PROGRAM_REGULATION, ProgramDocumentKind.CURATOR_APPOINTMENT_ORDER)) {
            send(new RegisterProgramDocument(program, kind, "1-о", DAY, null));
        }
        send(new ChooseMentoringForms(program, Set.of(MentoringForm.TEACHER_STUDENT)));
        send(new SetCoverageTargets(program, 100, 10, 5, 5));
        send(new RecordInformingEvent(program, InformingEventKind.PEDAGOGICAL_COUNCIL, DAY, 12));
        for (int i = 0; i < pairs; i++) {
            PersonId mentee = person("Ученик" + i);
            send(new EnrollMentee(program, mentee, MenteeCategory.STUDENT, 13, null, "7А", "Учёба", RequestSource.SELF,
                    DAY));
            send(new GiveConsent(program, mentee, ConsentGiver.LEGAL_REPRESENTATIVE, DAY));
            send(new RecordBaselineAssessment(program, mentee, Map.of("успеваемость", 60), DAY));
            mentees.add(mentee);
            PersonId mentor = person("Учитель" + i);
            send(new EnrollMentor(program, mentor, MentorCategory.TEACHER, null, 10, "Учёба", 1, null, DAY));
            send(new GiveConsent(program, mentor, ConsentGiver.PARTICIPANT, DAY));
            send(new RecordMentorInterview(program, mentor, DAY, false, true));
            mentors.add(mentor);
        }
        send(new RecordMentorTraining(program, DAY, "Роль наставника", Set.copyOf(mentors)));
        send(new FormMenteeBase(program));
        send(new FormMentorBase(program));
        send(new AdvanceProgramStage(program, ProgramStage.MATCHING));
    }

    private void match(List<LocalDate> feedbackDates) {
        send(new RecordGroupMeeting(program, DAY.plusDays(20), mentors.size(), mentees.size()));
        if (!feedbackDates.isEmpty()) {
            send(new SetFeedbackDates(program, feedbackDates));
        }
        for (int i = 0; i < mentees.size(); i++) {
            PairId pair = PairId.random();
            send(new ProposePair(program, pair, MentoringForm.TEACHER_STUDENT, InteractionFormat.INDIVIDUAL, null,
                    Set.of(mentors.get(i)), Set.of(mentees.get(i))));
            pairs.add(pair);
        }
        send(new FixPairsByOrder(program, "150-о", DAY.plusDays(30)));
    }
}
