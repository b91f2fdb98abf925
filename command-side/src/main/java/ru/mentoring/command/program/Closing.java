package ru.mentoring.command.program;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import ru.mentoring.api.program.CaseRecorded;
import ru.mentoring.api.program.FinalEventHeld;
import ru.mentoring.api.program.MonitoringReportSubmitted;
import ru.mentoring.api.program.ParticipantRole;
import ru.mentoring.api.program.SatisfactionSurveyed;

/**
 * The final meeting and monitoring stages of the Program aggregate as its checklist needs them: the final event,
 * the satisfaction surveys of each side, the cases written up and the monitoring report.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Closing {

    private boolean finalEventHeld;
    private int menteeSurveys;
    private int mentorSurveys;
    private int cases;
    private boolean monitoringReportSubmitted;

    boolean finalEventHeld() {
        return finalEventHeld;
    }

    int menteeSurveys() {
        return menteeSurveys;
    }

    int mentorSurveys() {
        return mentorSurveys;
    }

    /** The number the next case gets. */
    int nextCase() {
        return cases + 1;
    }

    boolean monitoringReportSubmitted() {
        return monitoringReportSubmitted;
    }

    @EventSourcingHandler
    void on(FinalEventHeld event) {
        finalEventHeld = true;
    }

    @EventSourcingHandler
    void on(SatisfactionSurveyed event) {
        if (event.role() == ParticipantRole.MENTEE) {
            menteeSurveys++;
        } else {
            mentorSurveys++;
        }
    }

    @EventSourcingHandler
    void on(CaseRecorded event) {
        cases = event.number();
    }

    @EventSourcingHandler
    void on(MonitoringReportSubmitted event) {
        monitoringReportSubmitted = true;
    }
}
