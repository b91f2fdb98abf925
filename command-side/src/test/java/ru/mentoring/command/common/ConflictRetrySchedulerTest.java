package ru.mentoring.command.common;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictRetrySchedulerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final ConflictRetryScheduler scheduler = new ConflictRetryScheduler(executor, 2, 1);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aLostRaceIsSentAgainWhereverItIsInTheChainOfCauses() throws InterruptedException {
        CountDownLatch dispatched = new CountDownLatch(2);
        assertThat(retry(new ConcurrencyException("sequence 2 taken"), 1, dispatched::countDown)).isTrue();
        assertThat(retry(new CommandExecutionException("failed", new ConcurrencyException("taken")), 1,
                dispatched::countDown)).isTrue();
        assertThat(dispatched.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void refusalsUnknownAggregatesAndDuplicateCreationsAreFinal() {
        assertThat(retry(new DomainRuleViolation("pair.closed", "Пара закрыта"), 1, () -> { })).isFalse();
        assertThat(retry(new AggregateNotFoundException("x", "not found"), 1, () -> { })).isFalse();
        assertThat(retry(new AggregateStreamCreationException("exists"), 1, () -> { })).isFalse();
        assertThat(retry(new IllegalStateException("bug"), 1, () -> { })).isFalse();
    }

    @Test
    void theConflictReachesTheCallerAfterTheLastAttempt() {
        assertThat(retry(new ConcurrencyException("taken"), 2, () -> { })).isTrue();
        assertThat(retry(new ConcurrencyException("taken"), 3, () -> { })).isFalse();
    }

    @SuppressWarnings("unchecked")
    private boolean retry(RuntimeException failure, int failuresSoFar, Runnable dispatch) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < failuresSoFar; i++) {
            failures.add(new Class[]{failure.getClass()});
        }
        return scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("command"), failure, failures, dispatch);
    }
}
