package ru.mentoring.api.program;

import java.util.List;

/**
 * One page of the program registry.
 *
 * @param items         the programs on this page
 * @param page          zero-based page number
 * @param size          the page size asked for
 * @param totalElements how many programs match in all
 */
public record ProgramPage(List<ProgramSummary> items, int page, int size, long totalElements) {

    public ProgramPage {
        items = List.copyOf(items);
    }
}
