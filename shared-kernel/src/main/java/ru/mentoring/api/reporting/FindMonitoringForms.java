package ru.mentoring.api.reporting;

import java.util.UUID;

/**
 * Asks for the annual monitoring forms (форма итогового мониторинга, seed 000 stage 6) of one organization,
 * or of every organization of a region (the roll-up for the regional centre), for the academic year that
 * starts in {@code year}; answered with a list of {@link MonitoringForm}.
 */
public record FindMonitoringForms(UUID organizationId, String region, int year) {
}
