package ru.mentoring.api.program;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Sets the dates by which every pair gives feedback (сроки сбора обратной связи, seed 004 organization item 24;
 * seed 001: April questionnaires). Pairs fixed afterwards keep these dates as deadlines.
 */
public record SetFeedbackDates(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotEmpty List<@NotNull LocalDate> dates) {
}
