package ru.mentoring.command.program;

import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.program.CreateProgram;
import ru.mentoring.api.program.FixedPair;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.ProgramStage;
import ru.mentoring.api.program.UnmetCondition;
import ru.mentoring.command.common.DomainRuleViolation;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The rules of a program's course, one named check each, with the stable code and the Russian words of the
 * refusal. The rules about people are in {@link ParticipantRules}; a pair's own checks are in {@link Matching}.
 */
final class ProgramRules {

    private ProgramRules() {
    }

    /** The one check that reads beyond the aggregate: titles are unique per organization and academic year. */
    static void requireTitleFreeInOrganizationAndPeriod(CreateProgram command, String title, ProgramTitles titles) {
        if (titles.isTaken(command.organizationId(), command.period(), title)) {
            throw ProgramTitles.taken(command.period(), title);
        }
    }

    static void requireNewCurator(PersonId appointed, PersonId current) {
        if (appointed.equals(current)) {
            throw new DomainRuleViolation("program.curator-already-appointed", "Этот куратор уже назначен на программу");
        }
    }

    static void requireNotCompleted(ProgramStage stage) {
        if (stage == ProgramStage.COMPLETED) {
            throw new DomainRuleViolation("program.completed", "Программа завершена; изменения не принимаются");
        }
    }

    static void requireStage(ProgramStage stage, ProgramStage required, String action) {
        requireOneOfStages(stage, action, required);
    }

    static void requireOneOfStages(ProgramStage stage, String action, ProgramStage... allowed) {
        if (Arrays.asList(allowed).contains(stage)) {
            return;
        }
        throw new DomainRuleViolation("program.wrong-stage", "Нельзя " + action + " на этапе «" + stage.title()
                + "» (можно на этапе «" + Arrays.stream(allowed).map(ProgramStage::title)
                .collect(Collectors.joining("», «")) + "»)");
    }

    /** The bases are formed in preparation; later mentees and mentors can still join while pairs are formed. */
    static void requireEnrollmentOpen(ProgramStage stage) {
        requireOneOfStages(stage, "включить участника в базу", ProgramStage.PREPARATION, ProgramStage.MATCHING);
    }

    /** Stages follow one another in order, and the last one is never left. */
    static void requireNextStage(ProgramStage stage, ProgramStage to) {
        if (to != stage.next() || stage == ProgramStage.COMPLETED) {
            throw new DomainRuleViolation("program.stage-out-of-order", "Программа на этапе «" + stage.title()
                    + "»; следующий этап — «" + stage.next().title() + "», а не «" + to.title() + "»");
        }
    }

    /** A stage is left when its checklist holds; the refusal names every condition that does not. */
    static void requireStageConditionsMet(ProgramStage stage, List<UnmetCondition> unmet) {
        if (!unmet.isEmpty()) {
            throw new StageConditionsUnmet(stage, unmet);
        }
    }

    static void requireGroupMeetingHeld(boolean held) {
        if (!held) {
            throw new DomainRuleViolation("matching.group-meeting-first",
                    "Предпочтения записываются после групповой встречи наставников и наставляемых");
        }
    }

    static void requireFormChosen(Set<MentoringForm> chosen, MentoringForm form) {
        if (!chosen.contains(form)) {
            throw new DomainRuleViolation("pair.form-not-chosen", "Форма «" + form.title()
                    + "» не выбрана для этой программы");
        }
    }

    static void requireSomethingToFix(List<FixedPair> unfixed) {
        if (unfixed.isEmpty()) {
            throw new DomainRuleViolation("matching.nothing-to-fix", "Нет предложенных пар или групп для закрепления");
        }
    }

    /** Only members of fixed pairs and groups take part in the final event. */
    static void requirePresentArePaired(Collection<PersonId> present, Set<UUID> paired) {
        present.stream().filter(person -> !paired.contains(person.value())).findFirst()
                .ifPresent(person -> {
                    throw new DomainRuleViolation("final-event.not-a-participant",
                            "Участник " + person + " не входит ни в одну закреплённую пару или группу");
                });
    }

    static void requireFinishedInAPair(boolean pairedMentee) {
        if (!pairedMentee) {
            throw new DomainRuleViolation("mentee.not-finished",
                    "В базу наставников переходят наставляемые, прошедшие программу в паре или группе");
        }
    }

    static void requireNotYetInMentorBase(Participant mentee) {
        if (mentee.joinedMentorBase) {
            throw new DomainRuleViolation("mentee.already-moved", "Наставляемый уже переведён в базу наставников");
        }
    }
}
