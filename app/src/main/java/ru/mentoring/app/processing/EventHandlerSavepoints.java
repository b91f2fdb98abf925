package ru.mentoring.app.processing;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.annotation.Nonnull;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Lets a dead-lettering processing group park one failing event alone although PostgreSQL aborts a whole
 * transaction on its first failing statement.
 * <p>
 * Axon's dead-lettering invoker catches a handler's exception and parks the event <em>in the batch's own
 * transaction</em>, which an aborted transaction refuses. A savepoint around the handler undoes its statements
 * only, so the event can be parked and the batch goes on — but a savepoint costs two round trips, and a batch
 * of a replay handles thousands of events that do not fail. So a handler runs in a savepoint only where one is
 * needed: when it fails outside one, the batch's transaction is marked rollback-only (nothing of the batch is
 * kept, not even what the failing handler wrote before a Java exception), the event is remembered, and the
 * processor, its batch failed, claims the segment again and redoes the batch — this time with that event's
 * handler in a savepoint, so it is parked and the token advances. Another node taking the segment over does the
 * same after one failed attempt of its own: what is remembered only saves that attempt, it decides nothing.
 * A retry of parked letters (a transaction of its own per letter) always uses savepoints. The handlers of other
 * processing groups (those subscribed in the command's transaction) are left as they are: their failure must
 * fail the command.
 */
public class EventHandlerSavepoints implements HandlerEnhancerDefinition {

    private static final TransactionDefinition SAVEPOINT =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);
    private static final TransactionDefinition JOIN =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_MANDATORY);
    /** Failed events kept at most; the oldest are forgotten first. */
    private static final int SUSPECTS_KEPT = 1024;

    private final Supplier<PlatformTransactionManager> transactions;
    private final Set<String> deadLetteringGroups;
    private final Set<String> suspects = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > SUSPECTS_KEPT;
                }
            }));

    /**
     * @param transactions        the transaction manager the processors' batches run in (looked up when first used)
     * @param deadLetteringGroups the processing groups with a dead-letter queue
     */
    public EventHandlerSavepoints(Supplier<PlatformTransactionManager> transactions, Set<String> deadLetteringGroups) {
        this.transactions = transactions;
        this.deadLetteringGroups = Set.copyOf(deadLetteringGroups);
    }

    @Override
    public @Nonnull <T> MessageHandlingMember<T> wrapHandler(@Nonnull MessageHandlingMember<T> original) {
        if (original.annotationAttributes(EventHandler.class).isEmpty()) {
            return original;
        }
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(original.declaringClass(),
                ProcessingGroup.class);
        if (group == null || !deadLetteringGroups.contains(group.value())) {
            return original;
        }
        return new InSavepoint<>(original);
    }

    private final class InSavepoint<T> extends WrappedMessageHandlingMember<T> {

        private InSavepoint(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(@Nonnull Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            if (retryingLetter() || suspects.contains(message.getIdentifier())) {
                return inSavepoint(message, target);
            }
            try {
                return super.handle(message, target);
            } catch (Exception | Error failure) {
                suspects.add(message.getIdentifier());
                PlatformTransactionManager manager = transactions.get();
                manager.rollback(manager.getTransaction(JOIN));
                throw failure;
            }
        }

        private Object inSavepoint(Message<?> message, T target) throws Exception {
            PlatformTransactionManager manager = transactions.get();
            TransactionStatus savepoint = manager.getTransaction(SAVEPOINT);
            Object result;
            try {
                result = super.handle(message, target);
            } catch (Exception | Error failure) {
                manager.rollback(savepoint);
                throw failure;
            }
            manager.commit(savepoint);
            return result;
        }
    }

    /** A parked letter handed to the handlers again: Axon's letter processing puts the letter in its unit of work. */
    private static boolean retryingLetter() {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().resources().containsKey(DeadLetter.class.getName());
    }
}
