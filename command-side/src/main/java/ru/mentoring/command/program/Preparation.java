package ru.mentoring.command.program;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import ru.mentoring.api.program.CoverageTargetsSet;
import ru.mentoring.api.program.InformingEventRecorded;
import ru.mentoring.api.program.MentoringForm;
import ru.mentoring.api.program.MentoringFormsChosen;
import ru.mentoring.api.program.ProgramDocumentKind;
import ru.mentoring.api.program.ProgramDocumentRegistered;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The preparation stage of the Program aggregate as its checklist needs it: the documents registered, the forms
 * of mentoring chosen, the coverage targets and the informing events (seed 004, organization items 1–9).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Preparation {

    private final Set<ProgramDocumentKind> documents = EnumSet.noneOf(ProgramDocumentKind.class);
    private final Set<MentoringForm> forms = new HashSet<>();
    private boolean coverageTargetsSet;
    private int informingEvents;
    private int documentsRegistered;

    Set<ProgramDocumentKind> documents() {
        return documents;
    }

    /** Every registration counts, a second order of one kind too (the checklist asks only for the kinds). */
    int documentsRegistered() {
        return documentsRegistered;
    }

    Set<MentoringForm> forms() {
        return forms;
    }

    boolean coverageTargetsSet() {
        return coverageTargetsSet;
    }

    int informingEvents() {
        return informingEvents;
    }

    @EventSourcingHandler
    void on(ProgramDocumentRegistered event) {
        documents.add(event.kind());
        documentsRegistered++;
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
}
