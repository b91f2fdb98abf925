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

import java.util.UUID;

/**
 * {@code POST /api/organizations/{id}/monitoring-forms/{year}/submission}: sends the organization's monitoring
 * form as it stands now, frozen in the event; a later submission makes a new version. The submission is dated
 * with today in Moscow by the server's clock, never by the caller, since the date decides whether the form was
 * late.
 */
@RestController
class MonitoringFormSubmissionController {

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final MoscowCalendar calendar;

    MonitoringFormSubmissionController(QueryGateway queries, CommandGateway commands, MoscowCalendar calendar) {
        this.queries = queries;
        this.commands = commands;
        this.calendar = calendar;
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
        commands.sendAndWait(new SubmitMonitoringForm(new OrganizationId(organizationId), year, form,
                calendar.today(), request.reference()), origin.metaData());
        return ResponseEntity.status(HttpStatus.CREATED).body(form);
    }
}
