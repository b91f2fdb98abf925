package ru.mentoring.api.program;

import ru.mentoring.api.common.PersonId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The conditions of leaving each stage, read from the design card's stages (DOMAIN.md, seed 004 organization
 * items 1–35). An empty list means the program may move on.
 */
public final class StageChecklist {

    private StageChecklist() {
    }

    public static List<UnmetCondition> unmet(ProgramFacts facts) {
        List<UnmetCondition> unmet = new ArrayList<>();
        switch (facts.stage()) {
            case PREPARATION -> preparation(facts, unmet);
            case MATCHING -> matching(facts, unmet);
            case MEETINGS -> meetings(facts, unmet);
            case FINAL -> finalStage(facts, unmet);
            case MONITORING -> monitoring(facts, unmet);
            case COMPLETED -> unmet.add(UnmetCondition.of("program-completed", "Программа уже завершена"));
        }
        return List.copyOf(unmet);
    }

    private static void preparation(ProgramFacts facts, List<UnmetCondition> unmet) {
        String missingDocuments = Arrays.stream(ProgramDocumentKind.values())
                .filter(ProgramDocumentKind::requiredForPreparation)
                .filter(kind -> !facts.documents().contains(kind))
                .map(ProgramDocumentKind::title)
                .collect(Collectors.joining(", "));
        if (!missingDocuments.isEmpty()) {
            unmet.add(UnmetCondition.of("documents-missing", "Не зарегистрированы документы: " + missingDocuments));
        }
        require(facts.curatorAppointed(), unmet, "curator-missing", "Не назначен куратор программы");
        require(!facts.forms().isEmpty(), unmet, "forms-missing", "Не выбраны формы наставничества");
        require(facts.coverageTargetsSet(), unmet, "targets-missing", "Не заданы целевые показатели охвата");
        require(facts.informingEvents() > 0, unmet, "informing-missing",
                "Не проведено ни одного мероприятия по информированию");
        require(facts.mentees() > 0, unmet, "mentees-missing", "В базе наставляемых нет ни одного участника");
        require(facts.mentors() > 0, unmet, "mentors-missing", "В базе наставников нет ни одного участника");
        people(facts.withoutConsent(), unmet, "consent-missing",
                "Участники без действующего согласия на обработку персональных данных");
        people(facts.menteesWithoutBaseline(), unmet, "baseline-missing", "Наставляемые без входной оценки");
        people(facts.mentorsNotInterviewed(), unmet, "interview-missing", "Наставники без пройденного собеседования");
        people(facts.mentorsNotTrained(), unmet, "training-missing", "Наставники без обучения");
        require(facts.menteeBaseFormed(), unmet, "mentee-base-not-formed", "База наставляемых не сформирована");
        require(facts.mentorBaseFormed(), unmet, "mentor-base-not-formed", "База наставников не сформирована");
    }

    private static void matching(ProgramFacts facts, List<UnmetCondition> unmet) {
        require(facts.groupMeetingHeld(), unmet, "group-meeting-missing",
                "Не проведена групповая встреча наставников и наставляемых");
        require(facts.pairsFixed() > 0, unmet, "pairs-not-fixed", "Ни одна пара или группа не закреплена приказом");
        require(facts.pairsProposed() == 0, unmet, "proposals-not-fixed",
                "Предложенных, но не закреплённых приказом пар или групп: " + facts.pairsProposed());
    }

    private static void meetings(ProgramFacts facts, List<UnmetCondition> unmet) {
        require(facts.pairsFixed() > 0, unmet, "pairs-not-fixed", "Ни одна пара или группа не закреплена приказом");
    }

    private static void finalStage(ProgramFacts facts, List<UnmetCondition> unmet) {
        require(facts.finalEventHeld(), unmet, "final-event-missing",
                "Не проведена групповая заключительная встреча всех пар и групп");
    }

    private static void monitoring(ProgramFacts facts, List<UnmetCondition> unmet) {
        require(facts.menteeSurveys() > 0, unmet, "mentee-survey-missing",
                "Нет ни одной анкеты удовлетворённости наставляемых");
        require(facts.mentorSurveys() > 0, unmet, "mentor-survey-missing",
                "Нет ни одной анкеты удовлетворённости наставников");
        people(facts.pairedMenteesWithoutFinalAssessment(), unmet, "final-assessment-missing",
                "Наставляемые без итоговой оценки");
        require(facts.monitoringReportSubmitted(), unmet, "report-missing", "Не представлен отчёт мониторинга");
    }

    private static void require(boolean holds, List<UnmetCondition> unmet, String code, String message) {
        if (!holds) {
            unmet.add(UnmetCondition.of(code, message));
        }
    }

    private static void people(List<PersonId> people, List<UnmetCondition> unmet, String code, String label) {
        if (!people.isEmpty()) {
            unmet.add(new UnmetCondition(code, label + ": " + people.size(), people));
        }
    }
}
