package ru.mentoring.query.audit;

import ru.mentoring.api.audit.ProgramAsOf;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.*;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A program's state folded from its events one by one, for the view as of a date. Read-only and apart from the
 * command side's aggregate: it keeps only what an auditor asks about.
 */
final class ProgramFold implements StateFold<ProgramAsOf> {

    private ProgramId programId;
    private String title;
    private String period;
    private ProgramStage stage;
    private boolean curatorAppointed;
    private int documents;
    private Set<MentoringForm> forms = EnumSet.noneOf(MentoringForm.class);
    private int informingEvents;
    private int mentees;
    private int mentors;
    private boolean menteeBaseFormed;
    private boolean mentorBaseFormed;
    private final Set<PairId> proposed = new HashSet<>();
    private final Set<PairId> fixed = new HashSet<>();
    private boolean finalEventHeld;
    private boolean monitoringReportSubmitted;
    private int applied;
    private Instant lastEventAt;

    @Override
    public ProgramFold apply(Object event, Instant storedAt) {
        applied++;
        lastEventAt = storedAt;
        if (event instanceof ProgramCreated e) {
            programId = e.programId();
            title = e.title();
            period = e.period().toString();
            stage = ProgramStage.PREPARATION;
        } else if (event instanceof CuratorAppointed) {
            curatorAppointed = true;
        } else if (event instanceof ProgramDocumentRegistered) {
            documents++;
        } else if (event instanceof MentoringFormsChosen e) {
            forms = e.forms().isEmpty() ? EnumSet.noneOf(MentoringForm.class) : EnumSet.copyOf(e.forms());
        } else if (event instanceof InformingEventRecorded) {
            informingEvents++;
        } else if (event instanceof MenteeEnrolled) {
            mentees++;
        } else if (event instanceof MentorEnrolled) {
            mentors++;
        } else if (event instanceof MenteeBaseFormed) {
            menteeBaseFormed = true;
        } else if (event instanceof MentorBaseFormed) {
            mentorBaseFormed = true;
        } else if (event instanceof ProgramStageAdvanced e) {
            stage = e.to();
        } else if (event instanceof PairProposed e) {
            proposed.add(e.pairId());
        } else if (event instanceof PairProposalWithdrawn e) {
            proposed.remove(e.pairId());
        } else if (event instanceof PairsFixedByOrder e) {
            e.pairs().forEach(pair -> {
                proposed.remove(pair.pairId());
                fixed.add(pair.pairId());
            });
        } else if (event instanceof MenteesReturnedToBase e) {
            // a dissolved pair's mentees go back to the base: the program no longer counts the pair at all
            proposed.remove(e.pairId());
            fixed.remove(e.pairId());
        } else if (event instanceof FinalEventHeld) {
            finalEventHeld = true;
        } else if (event instanceof MonitoringReportSubmitted) {
            monitoringReportSubmitted = true;
        }
        return this;
    }

    @Override
    public ProgramAsOf view(StateBasis basis) {
        return new ProgramAsOf(programId, basis.at(), basis.basis(), basis.businessDate(), applied,
                lastEventAt, title, period, stage, curatorAppointed, documents,
                Set.copyOf(forms), informingEvents, mentees, mentors, menteeBaseFormed, mentorBaseFormed,
                proposed.size(), fixed.size(), finalEventHeld, monitoringReportSubmitted, basis.recordedLater());
    }
}
