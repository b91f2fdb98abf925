package ru.mentoring.api.program;

import java.util.List;

/**
 * One page of a base.
 */
public record ParticipantPage(List<ParticipantRow> items, int page, int size, long totalElements) {

    public ParticipantPage {
        items = List.copyOf(items);
    }
}
