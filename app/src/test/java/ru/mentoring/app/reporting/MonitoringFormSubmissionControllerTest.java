package ru.mentoring.app.reporting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.reporting.MonitoringForm;
import ru.mentoring.api.reporting.MonitoringFormPage;
import ru.mentoring.api.reporting.SubmitMonitoringForm;
import ru.mentoring.app.ui.MoscowCalendar;
import ru.mentoring.command.web.RequestOrigin;
import ru.mentoring.query.audit.EventCheckpoints;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class MonitoringFormSubmissionControllerTest {

    /** 22:30 in UTC on 25 November, the deadline, is already 26 November in Moscow. */
    private static final Instant LATE_EVENING_UTC = Instant.parse("2021-11-25T22:30:00Z");

    private final UUID school = UUID.randomUUID();
    private final QueryGateway queries = mock(QueryGateway.class);
    private final CommandGateway commands = mock(CommandGateway.class);

    @Test
    void theSubmissionIsDatedTodayInMoscowByTheServersClock() {
        MonitoringForm form = new MonitoringForm(school, "МАОУ СОШ № 1", "город Когалым",
                "Ханты-Мансийский автономный округ – Югра", "2020-2021", 1, 4, 2, 2, 3, 0, 3, 0, 2, 1, 0, 100.0,
                90.0, 75.0, 85.0, 80.0, 2, 1, LocalDate.of(2021, 11, 25), null, null, false);
        when(queries.query(any(), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new MonitoringFormPage(List.of(form), 0, 1, 1)));
        EventCheckpoints checkpoints = mock(EventCheckpoints.class);
        when(checkpoints.take()).thenReturn(Optional.of(new EventCheckpoints.Checkpoint("mentoring", 12, 40,
                "a".repeat(64), "k1", LATE_EVENING_UTC, "0123456789abcdef" + "0".repeat(48))));
        MonitoringFormSubmissionController controller = new MonitoringFormSubmissionController(queries, commands,
                new MoscowCalendar(Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC)), checkpoints);

        var answer = controller.submit(school, 2020, new MonitoringFormSubmissionController.SubmissionRequest("Исх. № 45"),
                new RequestOrigin(new Actor("curator@school1", ActorRole.ORGANIZATION_CURATOR, null, null,
                        school.toString()),
                        "c-1"));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(sent.capture(), any(MetaData.class));
        assertThat(sent.getValue()).isInstanceOfSatisfying(SubmitMonitoringForm.class, submission -> {
            assertThat(submission.submittedOn()).isEqualTo(LocalDate.of(2021, 11, 26));
            assertThat(submission.reference()).isEqualTo("Исх. № 45");
            assertThat(submission.checkpoint()).as("the form carries the checkpoint's fingerprint")
                    .isEqualTo("0123-4567-89ab-cdef");
        });
        assertThat(answer.getHeaders().getFirst("Checkpoint-Fingerprint")).isEqualTo("0123-4567-89ab-cdef");
    }
}
