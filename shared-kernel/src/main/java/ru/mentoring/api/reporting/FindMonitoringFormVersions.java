package ru.mentoring.api.reporting;

import java.util.UUID;

/**
 * Asks for an organization's monitoring form of a year as it is now and as every submitted version froze it;
 * answered with {@link MonitoringFormVersions}.
 */
public record FindMonitoringFormVersions(UUID organizationId, int year) {
}
