package ru.mentoring.api.program;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One person of one program's base, as the personified register shows them. The name comes from the person
 * register and reads «(данные удалены)» after erasure.
 */
public record ParticipantRow(
        UUID personId, String fullName, ParticipantRole role, UUID programId, UUID organizationId,
        String organizationName, String municipality, String region, String period, String category, Integer age,
        String ageBand, Integer experienceYears, String grade, String request, String requestSource,
        String competencies, Integer capacity, int menteesAssigned, String enterprise, LocalDate enrolledOn,
        String consent, String consentGivenBy, boolean baselineAssessed, boolean finalAssessed, String interview,
        int trainingSessions, UUID pairId, String pairForm, String pairStatus, Integer satisfaction, int awards,
        String nextPeriodMentor) {
}
