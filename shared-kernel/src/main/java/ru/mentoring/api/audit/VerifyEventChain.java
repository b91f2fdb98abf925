package ru.mentoring.api.audit;

/**
 * Asks to recompute the hash chain of one aggregate's stored events and compare it with the chain kept since
 * they were stored.
 *
 * @param aggregateType the aggregate type the caller expects, or {@code null} for any
 */
public record VerifyEventChain(String aggregateId, String aggregateType) {
}
