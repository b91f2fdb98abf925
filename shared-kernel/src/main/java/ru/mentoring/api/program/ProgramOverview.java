package ru.mentoring.api.program;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A program at a glance: its stage, what the stage still needs before the program may move on (the same
 * checklist the aggregate applies), and its counts.
 *
 * @param nextStage         the stage the program can move to, {@code null} when completed
 * @param stillNeeded       the unmet conditions of leaving the current stage; empty when it may move on
 * @param participation     percent of the participants of fixed pairs present at the final event, if held
 */
public record ProgramOverview(
        UUID programId, String title, UUID organizationId, String period, ProgramStage stage, String stageTitle,
        ProgramStage nextStage, List<UnmetCondition> stillNeeded, Set<MentoringForm> forms,
        Set<ProgramDocumentKind> documents, int mentees, int mentors, int menteesWithConsent,
        int mentorsReady, int unmatchedMentees, int pairsProposed, int pairsFixed, int trainingSessions,
        int informingEvents, Integer studentCoveragePercent, Integer teacherCoveragePercent,
        Integer participation, int cases, boolean completed) {

    public ProgramOverview {
        stillNeeded = List.copyOf(stillNeeded);
        forms = Set.copyOf(forms);
        documents = Set.copyOf(documents);
    }
}
