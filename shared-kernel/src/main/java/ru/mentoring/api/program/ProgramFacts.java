package ru.mentoring.api.program;

import ru.mentoring.api.common.PersonId;

import java.util.List;
import java.util.Set;

/**
 * What is true of a program at one moment, as far as its stage conditions care. The aggregate builds it
 * from its state to decide a stage transition; the program overview builds it from its tables to show
 * the same checklist. One {@link StageChecklist} reads both.
 */
public record ProgramFacts(
        ProgramStage stage,
        Set<ProgramDocumentKind> documents,
        boolean curatorAppointed,
        Set<MentoringForm> forms,
        boolean coverageTargetsSet,
        int informingEvents,
        int mentees,
        int mentors,
        List<PersonId> withoutConsent,
        List<PersonId> menteesWithoutBaseline,
        List<PersonId> mentorsNotInterviewed,
        List<PersonId> mentorsNotTrained,
        boolean menteeBaseFormed,
        boolean mentorBaseFormed,
        boolean groupMeetingHeld,
        int pairsProposed,
        int pairsFixed,
        boolean finalEventHeld,
        int menteeSurveys,
        int mentorSurveys,
        List<PersonId> pairedMenteesWithoutFinalAssessment,
        boolean monitoringReportSubmitted) {

    public ProgramFacts {
        documents = Set.copyOf(documents);
        forms = Set.copyOf(forms);
        withoutConsent = List.copyOf(withoutConsent);
        menteesWithoutBaseline = List.copyOf(menteesWithoutBaseline);
        mentorsNotInterviewed = List.copyOf(mentorsNotInterviewed);
        mentorsNotTrained = List.copyOf(mentorsNotTrained);
        pairedMenteesWithoutFinalAssessment = List.copyOf(pairedMenteesWithoutFinalAssessment);
    }
}
