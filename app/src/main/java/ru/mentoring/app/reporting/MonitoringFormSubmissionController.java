package ru.mentoring.app.reporting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.reporting.FindMonitoringForms;
import ru.mentoring.api.reporting.MonitoringForm;
import ru.mentoring.api.reporting.MonitoringFormPage;
import ru.mentoring.api.reporting.SubmitMonitoringForm;
import ru.mentoring.app.ui.MoscowCalendar;
import ru.mentoring.command.web.ApiProblems;
import ru.mentoring.command.web.RequestOrigin;
import ru.mentoring.query.audit.EventCheckpoints;

import java.util.UUID;

/**
 * {@code POST /api/organizations/{id}/monitoring-forms/{year}/submission}: sends the organization's monitoring
 * form as it stands now, frozen in the event; a later submission makes a new version. The submission is dated
 * with today in Moscow by the server's clock, never by the caller, since the date decides whether the form was
 * late. A checkpoint of the event store is taken for the submission, and its fingerprint goes with the form (in
 * the event, in the submitted versions, and in the answer's {@value #CHECKPOINT_HEADER} header).
 */
@RestController
class MonitoringFormSubmissionController {

    /** The answer's header with the fingerprint of the checkpoint the submitted form carries. */
    static final String CHECKPOINT_HEADER = "Checkpoint-Fingerprint";

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final MoscowCalendar calendar;
    private final EventCheckpoints checkpoints;

    MonitoringFormSubmissionController(QueryGateway queries, CommandGateway commands, MoscowCalendar calendar,
                                       EventCheckpoints checkpoints) {
        this.queries = queries;
        this.commands = commands;
        this.calendar = calendar;
        this.checkpoints = checkpoints;
    }

    record SubmissionRequest(@NotBlank @Size(max = 300) String reference) {
    }

    @PostMapping("/api/organizations/{organizationId}/monitoring-forms/{year}/submission")
    ResponseEntity<MonitoringForm> submit(@PathVariable UUID organizationId, @PathVariable int year,
                                          @Valid @RequestBody SubmissionRequest request, RequestOrigin origin) {
        MonitoringForm form = queries.query(FindMonitoringForms.all(organizationId, null, null, year),
                        ResponseTypes.instanceOf(MonitoringFormPage.class)).join().items().stream().findFirst()
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND, ApiProblems.problem(
                        HttpStatus.NOT_FOUND, "organization.not-found", "Организация " + organizationId
                                + " не найдена"), null));
        String checkpoint = checkpoints.take().map(EventCheckpoints.Checkpoint::fingerprint).orElse(null);
        commands.sendAndWait(new SubmitMonitoringForm(new OrganizationId(organizationId), year, form,
                calendar.today(), request.reference(), checkpoint), origin.metaData());
        ResponseEntity.BodyBuilder created = ResponseEntity.status(HttpStatus.CREATED);
        if (checkpoint != null) {
            created.header(CHECKPOINT_HEADER, checkpoint);
        }
        return created.body(form);
    }
}
