package ru.mentoring.bench.generator;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import ru.mentoring.command.common.DomainRuleViolation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Sends the generator's commands as the region's administrator, the way a migration loads history: a batch is
 * one unit of work in one transaction, so each aggregate it touches is loaded once and its events are appended
 * together at the end; each command still goes through the command bus with every interceptor (validation, the
 * access policy) and its aggregate's own handler. A batch holds only commands the rules accept, as one refusal
 * undoes the whole batch; a step that may be refused goes alone through {@link #tryOne}.
 */
final class Batches {

    /** Sends one command inside the batch it is given to. */
    interface Sender {
        void send(Object command);
    }

    private final CommandGateway commands;
    private final TransactionManager transactions;
    private final MetaData actor;
    private final LongAdder sent = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final Set<String> failedKinds = ConcurrentHashMap.newKeySet();

    Batches(CommandGateway commands, TransactionManager transactions, MetaData actor) {
        this.commands = commands;
        this.transactions = transactions;
        this.actor = actor;
    }

    /** Runs the body's commands in one unit of work and transaction, committed when the body returns. */
    void inOne(Consumer<Sender> body) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        try {
            body.accept(command -> {
                commands.sendAndWait(command, actor);
                sent.increment();
            });
            unitOfWork.commit();
        } catch (RuntimeException | Error e) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
    }

    /** Sends one command on its own; whether the rules accepted it. */
    boolean tryOne(Object command) {
        try {
            commands.sendAndWait(command, actor);
            sent.increment();
            return true;
        } catch (DomainRuleViolation refusedByRule) {
            refused.increment();
            return false;
        }
    }

    /**
     * Sends one step that may also fail for a reason outside the rules — completing a road-map item whose
     * deadline db-scheduler is firing at that moment fails in the deadline manager's cancellation — counting it
     * (and printing the first of each kind) instead of ending the generation.
     */
    boolean tryStep(Object command) {
        try {
            return tryOne(command);
        } catch (RuntimeException e) {
            String kind = e.getClass().getName();
            if (failedKinds.add(kind)) {
                System.out.println("generator: a step failed (counted, not retried): " + command.getClass()
                        .getSimpleName() + ": " + e);
            }
            failed.increment();
            return false;
        }
    }

    long failed() {
        return failed.sum();
    }

    long sent() {
        return sent.sum();
    }

    long refused() {
        return refused.sum();
    }
}
