package ru.mentoring.app.processing;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.annotation.Nonnull;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs every event handler of a dead-lettering processing group inside a savepoint of the batch's transaction.
 * <p>
 * PostgreSQL aborts a whole transaction on the first failing statement. Axon's dead-lettering invoker catches a
 * handler's exception and parks the event with the dead-letter queue <em>in the same transaction</em>, which an
 * aborted transaction refuses ("current transaction is aborted"): the batch fails, is retried, fails again, and
 * the segment stalls for good. Rolling back to the savepoint before the exception reaches the invoker undoes the
 * handler's own statements only, so the event is parked, the token advances, and every other sequence flows on.
 * The handlers of other processing groups (those subscribed in the command's transaction) are left as they are:
 * their failure must fail the command.
 */
public class EventHandlerSavepoints implements HandlerEnhancerDefinition {

    private static final TransactionDefinition SAVEPOINT =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final Supplier<PlatformTransactionManager> transactions;
    private final Set<String> deadLetteringGroups;

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
}
