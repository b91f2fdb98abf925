package ru.mentoring.api.reporting;

import java.util.UUID;

/**
 * Asks for the annual monitoring forms (форма итогового мониторинга, seed 000 stage 6) of one organization,
 * of every organization of a region (the roll-up for the regional centre), or of one municipality of the
 * region ({@code municipality}, or {@code null} for the whole region), for the academic year that starts in
 * {@code year}; answered with a {@link MonitoringFormPage}, organizations ordered by municipality and name.
 */
public record FindMonitoringForms(UUID organizationId, String region, String municipality, int year, int page,
                                  int size) {

    /** Every form at once, as the exports need them. */
    public static FindMonitoringForms all(UUID organizationId, String region, String municipality, int year) {
        return new FindMonitoringForms(organizationId, region, municipality, year, 0, Integer.MAX_VALUE);
    }
}
