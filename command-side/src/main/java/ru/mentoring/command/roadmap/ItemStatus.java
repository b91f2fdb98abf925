package ru.mentoring.command.roadmap;

/**
 * Where an item stands: planned → in progress → done, or cancelled. Being overdue is not a status of its own:
 * a planned or started item is overdue while one of its occurrences is past its date.
 */
enum ItemStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED;

    boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
