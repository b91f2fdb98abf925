package ru.mentoring.api.pair;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Records a meeting of the pair. Meetings follow the model's order: organizational, trial working, planning,
 * regular ones, the final meeting.
 */
public record RecordMeeting(
        @TargetAggregateIdentifier @NotNull PairId pairId,
        @NotNull MeetingType type,
        @NotNull LocalDate date,
        @NotNull MeetingFormat format,
        @NotBlank @Size(max = 300) String topic,
        @Size(max = 2000) String notes,
        @NotNull Instant recordedAt) {
}
