package ru.mentoring.api.program;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records an event that informed stakeholders of the program: a pedagogical council, a parents' meeting, a class
 * hour, a site publication.
 */
public record RecordInformingEvent(
        @TargetAggregateIdentifier @NotNull ProgramId programId,
        @NotNull InformingEventKind kind,
        @NotNull LocalDate date,
        @PositiveOrZero int attendance) {
}
