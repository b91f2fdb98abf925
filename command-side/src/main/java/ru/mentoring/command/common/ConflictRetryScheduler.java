package ru.mentoring.command.common;

import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.concurrent.ScheduledExecutorService;

/**
 * Sends a command again when it lost a race for its aggregate: another command (on this node or another)
 * appended the same sequence number first, and PostgreSQL's unique key on (aggregate, sequence) refused the
 * second append. A new attempt loads the aggregate with the winner's events and decides again, so no update is
 * lost. Nothing else is retried: a refused rule or an unknown aggregate would only be refused again. After the
 * last attempt the conflict reaches the caller (409).
 */
public class ConflictRetryScheduler extends ExponentialBackOffIntervalRetryScheduler {

    public ConflictRetryScheduler(ScheduledExecutorService executor, int attempts, long firstIntervalMillis) {
        super(ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .maxRetryCount(attempts)
                .backoffFactor(firstIntervalMillis));
    }

    /** Everything is final except a lost race, wherever in the chain of causes it is. */
    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return false;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return true;
    }
}
