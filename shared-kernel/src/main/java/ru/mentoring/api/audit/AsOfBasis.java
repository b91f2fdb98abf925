package ru.mentoring.api.audit;

/**
 * Which time decides whether an event counts in a state as of a moment (состояние на дату).
 * <ul>
 *     <li>{@code RECORDED}: the moment the event was recorded in the system — what the system knew then;</li>
 *     <li>{@code BUSINESS}: the date the recorded fact bears (a meeting's date, a document's date, an order's
 *     date), for events that carry one; the others still count by the moment they were recorded. A meeting held
 *     on 12 October and recorded on 20 October counts as of 12 October by business date.</li>
 * </ul>
 */
public enum AsOfBasis {
    RECORDED,
    BUSINESS
}
