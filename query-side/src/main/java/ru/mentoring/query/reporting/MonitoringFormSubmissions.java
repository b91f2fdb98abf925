package ru.mentoring.query.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.mentoring.api.reporting.FindMonitoringFormVersions;
import ru.mentoring.api.reporting.FindMonitoringForms;
import ru.mentoring.api.reporting.MonitoringForm;
import ru.mentoring.api.reporting.MonitoringFormSubmitted;
import ru.mentoring.api.reporting.MonitoringFormVersions;

import java.sql.Date;
import java.util.List;

/**
 * Keeps every submitted monitoring form as it was sent, and shows it beside the figures as they are now: a
 * correction after submission shows as a difference, and a new submission as a new version.
 */
@Component
@ProcessingGroup("monitoring-form-submissions")
class MonitoringFormSubmissions {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final MonitoringFormQueries forms;

    MonitoringFormSubmissions(JdbcClient jdbc, ObjectMapper json, MonitoringFormQueries forms) {
        this.jdbc = jdbc;
        this.json = json;
        this.forms = forms;
    }

    @EventHandler
    void on(MonitoringFormSubmitted event) throws JsonProcessingException {
        jdbc.sql("""
                        INSERT INTO monitoring_form_submission (organization_id, year, version, submitted_on, reference,
                                                                form, checkpoint)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS JSONB), ?)
                        ON CONFLICT (organization_id, year, version) DO NOTHING""")
                .params(event.organizationId().value(), event.year(), event.version(), event.submittedOn(),
                        event.reference(), json.writeValueAsString(event.form()), event.checkpoint())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM monitoring_form_submission").update();
    }

    @QueryHandler
    MonitoringFormVersions handle(FindMonitoringFormVersions query) {
        MonitoringForm current = forms.handle(FindMonitoringForms.all(query.organizationId(), null, null, query.year()))
                .items().stream().findFirst().orElse(null);
        List<MonitoringFormVersions.SubmittedVersion> submitted = jdbc.sql("""
                        SELECT version, submitted_on, reference, form::text AS form, checkpoint
                          FROM monitoring_form_submission
                         WHERE organization_id = ? AND year = ? ORDER BY version""")
                .params(query.organizationId(), query.year())
                .query((row, number) -> new MonitoringFormVersions.SubmittedVersion(row.getInt("version"),
                        row.getObject("submitted_on", Date.class).toLocalDate(), row.getString("reference"),
                        read(row.getString("form")), row.getString("checkpoint")))
                .list();
        return new MonitoringFormVersions(current, submitted);
    }

    private MonitoringForm read(String form) {
        try {
            return json.readValue(form, MonitoringForm.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored monitoring form cannot be read", e);
        }
    }
}
