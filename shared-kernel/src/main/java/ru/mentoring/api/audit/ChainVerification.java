package ru.mentoring.api.audit;

/**
 * The outcome of a hash chain check (проверка целостности): intact, with the number of events checked, or
 * broken at the first event that does not match, named by its sequence number, id and type, with the reason
 * in Russian.
 */
public record ChainVerification(String aggregateId, boolean intact, int eventsChecked, Long brokenAtSequence,
                                String brokenEventId, String brokenEventType, String message) {
}
