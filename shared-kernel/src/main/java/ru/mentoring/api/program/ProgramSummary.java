package ru.mentoring.api.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A program as the registry shows it. Curator fields are {@code null} until a curator is appointed.
 */
public record ProgramSummary(
        UUID programId,
        UUID organizationId,
        String period,
        String title,
        UUID curatorId,
        String curatorOrderNumber,
        LocalDate curatorOrderDate,
        Instant createdAt,
        Instant updatedAt) {
}
