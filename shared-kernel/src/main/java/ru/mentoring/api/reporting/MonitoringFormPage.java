package ru.mentoring.api.reporting;

import java.util.List;

/**
 * One page of monitoring forms.
 */
public record MonitoringFormPage(List<MonitoringForm> items, int page, int size, long totalElements) {

    public MonitoringFormPage {
        items = List.copyOf(items);
    }
}
