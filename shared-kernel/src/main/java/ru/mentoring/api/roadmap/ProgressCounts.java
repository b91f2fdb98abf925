package ru.mentoring.api.roadmap;

/**
 * How the items of a road map, a section or a responsible stand.
 *
 * @param items       all items, cancelled ones included
 * @param done        items done (выполнено)
 * @param inProgress  items started and not yet done
 * @param overdue     items not done with an occurrence past its date (просрочено)
 * @param upcoming    items not done with an occurrence due in the next 30 days
 * @param cancelled   items cancelled
 * @param percentDone done items as a share of the items not cancelled, in per cent with one decimal
 */
public record ProgressCounts(int items, int done, int inProgress, int overdue, int upcoming, int cancelled,
                             double percentDone) {
}
