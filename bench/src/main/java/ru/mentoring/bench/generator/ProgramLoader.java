package ru.mentoring.bench.generator;

import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A school's program of one school year as its curator would keep it: preparation (documents, curator, forms,
 * targets, informing, the people with their consents, first assessments and interviews, the mentors' training,
 * both bases), matching (the group meeting, pairs and groups proposed and fixed by one order) and, for a year
 * already over, the final meeting, surveys, final assessments, the monitoring report and completion.
 */
final class ProgramLoader {

    private final RegionShape shape;
    private final Batches batches;

    ProgramLoader(RegionShape shape, Batches batches) {
        this.shape = shape;
        this.batches = batches;
    }

    /** Preparation and matching up to the fixing order and the meetings stage, in one batch. */
    GeneratedProgram prepare(int organization, int year, boolean completed, Random random) {
        String key = "org/" + organization + "/program/" + year;
        ProgramId program = new ProgramId(shape.id(key));
        LocalDate start = LocalDate.of(year, 9, 1);
        LocalDate fixedOn = min(start.plusDays(30), shape.today());
        List<PersonId> mentors = new ArrayList<>();
        List<PersonId> mentees = new ArrayList<>();
        for (int i = 0; i < shape.mentors(); i++) {
            mentors.add(new PersonId(shape.id(key + "/mentor/" + i)));
        }
        for (int i = 0; i < shape.menteesPerProgram(); i++) {
            mentees.add(new PersonId(shape.id(key + "/mentee/" + i)));
        }
        List<GeneratedProgram.Pair> pairs = pairs(key, mentors, mentees);
        LocalDate day = min(start, shape.today());
        batches.inOne(send -> {
            send.send(new CreateProgram(program, new OrganizationId(shape.id("org/" + organization)),
                    new AcademicPeriod(year), "Программа наставничества " + shape.organizationName(organization)
                    + " на " + year + "-" + (year + 1) + " учебный год"));
            send.send(new AppointCurator(program, new PersonId(shape.id(key + "/curator")), "1-к", day));
            for (ProgramDocumentKind kind : List.of(ProgramDocumentKind.IMPLEMENTATION_ORDER,
                    ProgramDocumentKind.PROGRAM_REGULATION, ProgramDocumentKind.CURATOR_APPOINTMENT_ORDER)) {
                send.send(new RegisterProgramDocument(program, kind, (1 + random.nextInt(90)) + "-о", day, null));
            }
            send.send(new ChooseMentoringForms(program, EnumSet.of(MentoringForm.TEACHER_STUDENT)));
            send.send(new SetCoverageTargets(program, 600 + random.nextInt(600), 40 + random.nextInt(40),
                    10 + random.nextInt(20), 10 + random.nextInt(30)));
            send.send(new RecordInformingEvent(program, InformingEventKind.PEDAGOGICAL_COUNCIL, day,
                    20 + random.nextInt(40)));
            send.send(new RecordInformingEvent(program, InformingEventKind.PARENTS_MEETING, day,
                    50 + random.nextInt(200)));
            for (PersonId mentor : mentors) {
                send.send(new EnrollMentor(program, mentor, MentorCategory.TEACHER, null, 3 + random.nextInt(30),
                        "Предметная подготовка, проектная деятельность", 20, null, day));
                send.send(new GiveConsent(program, mentor, ConsentGiver.PARTICIPANT, day));
                send.send(new RecordMentorInterview(program, mentor, day, random.nextInt(4) == 0, true));
            }
            for (PersonId mentee : mentees) {
                int age = 10 + random.nextInt(8);
                send.send(new EnrollMentee(program, mentee, MenteeCategory.STUDENT, age, null, (age - 6) + "А",
                        "Повышение успеваемости", RequestSource.SELF, day));
                send.send(new GiveConsent(program, mentee, ConsentGiver.LEGAL_REPRESENTATIVE, day));
                send.send(new RecordBaselineAssessment(program, mentee, Map.of("успеваемость", 30 + random.nextInt(50)),
                        day));
            }
            send.send(new RecordMentorTraining(program, min(day.plusDays(7), shape.today()), "Роль наставника",
                    Set.copyOf(mentors)));
            send.send(new FormMenteeBase(program));
            send.send(new FormMentorBase(program));
            send.send(new AdvanceProgramStage(program, ProgramStage.MATCHING));
            send.send(new RecordGroupMeeting(program, min(day.plusDays(20), shape.today()), mentors.size(),
                    mentees.size()));
            for (GeneratedProgram.Pair pair : pairs) {
                send.send(new ProposePair(program, pair.id(), MentoringForm.TEACHER_STUDENT,
                        pair.mentees().size() > 1 ? InteractionFormat.GROUP : InteractionFormat.INDIVIDUAL, null,
                        Set.copyOf(pair.mentors()), Set.copyOf(pair.mentees())));
            }
            send.send(new FixPairsByOrder(program, "1-п", fixedOn));
            send.send(new AdvanceProgramStage(program, ProgramStage.MEETINGS));
        });
        return new GeneratedProgram(program, organization, year, completed, fixedOn, mentors, pairs);
    }

    /** The final meeting, surveys, final assessments, report and completion of a year that is over. */
    void close(GeneratedProgram program, Random random) {
        LocalDate finalDay = LocalDate.of(program.year() + 1, 5, 25);
        Set<PersonId> present = new LinkedHashSet<>();
        program.pairs().forEach(pair -> {
            present.addAll(pair.mentors());
            present.addAll(pair.mentees());
        });
        batches.inOne(send -> {
            send.send(new AdvanceProgramStage(program.id(), ProgramStage.FINAL));
            send.send(new RecordFinalEvent(program.id(), finalDay, "Итоговая встреча наставников и наставляемых",
                    present));
            send.send(new AwardMentor(program.id(), program.mentors().get(0), "Благодарственное письмо", finalDay));
            send.send(new AdvanceProgramStage(program.id(), ProgramStage.MONITORING));
            LocalDate surveyDay = finalDay.plusDays(3);
            for (GeneratedProgram.Pair pair : program.pairs()) {
                for (PersonId mentee : pair.mentees()) {
                    if (random.nextInt(3) > 0) {
                        send.send(new RecordSatisfaction(program.id(), mentee, 50 + random.nextInt(51), surveyDay));
                    }
                    send.send(new RecordFinalAssessment(program.id(), mentee,
                            Map.of("успеваемость", 40 + random.nextInt(60)), surveyDay));
                }
            }
            for (PersonId mentor : program.mentors()) {
                send.send(new RecordSatisfaction(program.id(), mentor, 60 + random.nextInt(41), surveyDay));
            }
            send.send(new RecordCase(program.id(), "Успешная пара", "Наставляемый повысил успеваемость", null));
            send.send(new SubmitMonitoringReport(program.id(), surveyDay.plusDays(5), "Отчёт № " + program.year()));
            send.send(new AdvanceProgramStage(program.id(), ProgramStage.COMPLETED));
        });
    }

    /** Individual pairs first (a mentor each in turn), then groups of several mentees with one mentor. */
    private List<GeneratedProgram.Pair> pairs(String key, List<PersonId> mentors, List<PersonId> mentees) {
        List<GeneratedProgram.Pair> pairs = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < shape.pairs(); i++) {
            pairs.add(new GeneratedProgram.Pair(new PairId(shape.id(key + "/pair/" + i)),
                    List.of(mentors.get(i % mentors.size())), List.of(mentees.get(next++))));
        }
        for (int i = 0; i < shape.groups(); i++) {
            pairs.add(new GeneratedProgram.Pair(new PairId(shape.id(key + "/group/" + i)),
                    List.of(mentors.get(i % mentors.size())),
                    List.copyOf(mentees.subList(next, next + shape.groupSize()))));
            next += shape.groupSize();
        }
        return pairs;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
