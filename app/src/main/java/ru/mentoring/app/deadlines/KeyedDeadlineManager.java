package ru.mentoring.app.deadlines;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.tracing.Span;

import javax.annotation.Nonnull;
import javax.annotation.Nullable;
import java.time.Instant;

/**
 * Axon's db-scheduler deadline manager with searchable keys. Axon's own keeps a deadline under a random id, so
 * cancelling a pair's "stalled" deadline reads and deserializes every deadline of the installation; this one keeps
 * it under {@link DeadlineKey} ({@code name|scope|schedule id}) and cancels with one delete of an index range.
 * Everything else is Axon's: the same task and its binary details (so Axon's task executes both kinds), and
 * scheduling and cancelling in the prepare-commit phase of the command's unit of work, in its transaction.
 * <p>
 * Deadlines scheduled before the keys, under a bare random id, are still cancelled: while any waits in the table
 * (one look at a partial index), a cancellation also runs Axon's own, which reads them one by one.
 */
public class KeyedDeadlineManager extends DbSchedulerDeadlineManager {

    /** Axon's task name for deadlines ({@code DbSchedulerDeadlineToken.TASK_NAME}, not public). */
    static final String TASK_NAME = "AxonDeadline";
    private static final TaskDescriptor<DbSchedulerBinaryDeadlineDetails> TASK =
            TaskDescriptor.of(TASK_NAME, DbSchedulerBinaryDeadlineDetails.class);

    private final Scheduler scheduler;
    private final Serializer serializer;
    private final DeadlineManagerSpanFactory spans;
    private final ScheduledDeadlines table;

    /**
     * @param builder Axon's builder, set up with the same scheduler, serializer and span factory as given here
     *                (binary details, which is its default)
     */
    KeyedDeadlineManager(Builder builder, Scheduler scheduler, Serializer serializer, DeadlineManagerSpanFactory spans,
                         ScheduledDeadlines table) {
        super(builder);
        this.scheduler = scheduler;
        this.serializer = serializer;
        this.spans = spans;
        this.table = table;
    }

    /**
     * Returns the schedule id, the last part of the key. The key is made at prepare commit, as Axon serializes the
     * scope then: an aggregate's constructor knows its identifier only after it returns.
     */
    @Override
    public String schedule(@Nonnull Instant triggerDateTime, @Nonnull String deadlineName,
                           @Nullable Object messageOrPayload, @Nonnull ScopeDescriptor deadlineScope) {
        DeadlineMessage<Object> deadline = GenericDeadlineMessage.asDeadlineMessage(deadlineName, messageOrPayload,
                triggerDateTime);
        String scheduleId = IdentifierFactory.getInstance().generateIdentifier();
        Span span = spans.createScheduleSpan(deadlineName, scheduleId, deadline);
        runOnPrepareCommitOrNow(span.wrapRunnable(() -> {
            DeadlineMessage<Object> intercepted = processDispatchInterceptors(deadline);
            String key = DeadlineKey.instanceId(deadlineName, DeadlineKey.scope(deadlineScope, serializer),
                    scheduleId);
            scheduler.schedule(TASK.instance(key).data(details(deadlineName, deadlineScope, intercepted)).build(),
                    triggerDateTime);
        }));
        return scheduleId;
    }

    @Override
    public void cancelSchedule(@Nonnull String deadlineName, @Nonnull String scheduleId) {
        Span span = spans.createCancelScheduleSpan(deadlineName, scheduleId);
        String prefix = DeadlineKey.ofName(deadlineName);
        runOnPrepareCommitOrNow(span.wrapRunnable(() -> {
            if (table.deleteRangeEndingWith(prefix, DeadlineKey.after(prefix), DeadlineKey.SEPARATOR + scheduleId)
                    == 0) {
                table.delete(scheduleId);
            }
        }));
    }

    @Override
    public void cancelAll(@Nonnull String deadlineName) {
        Span span = spans.createCancelAllSpan(deadlineName);
        String prefix = DeadlineKey.ofName(deadlineName);
        runOnPrepareCommitOrNow(span.wrapRunnable(() -> table.deleteRange(prefix, DeadlineKey.after(prefix))));
        if (table.anyUnkeyed()) {
            super.cancelAll(deadlineName);
        }
    }

    @Override
    public void cancelAllWithinScope(@Nonnull String deadlineName, @Nonnull ScopeDescriptor scope) {
        Span span = spans.createCancelAllWithinScopeSpan(deadlineName, scope);
        runOnPrepareCommitOrNow(span.wrapRunnable(() -> {
            String prefix = DeadlineKey.ofNameWithin(deadlineName, DeadlineKey.scope(scope, serializer));
            table.deleteRange(prefix, DeadlineKey.after(prefix));
        }));
        if (table.anyUnkeyed()) {
            super.cancelAllWithinScope(deadlineName, scope);
        }
    }

    /** What Axon's manager stores for a deadline ({@code DbSchedulerBinaryDeadlineDetails.serialized}, not public). */
    private DbSchedulerBinaryDeadlineDetails details(String deadlineName, ScopeDescriptor scope,
                                                     DeadlineMessage<?> deadline) {
        SerializedObject<byte[]> descriptor = serializer.serialize(scope, byte[].class);
        SerializedObject<byte[]> payload = serializer.serialize(deadline.getPayload(), byte[].class);
        SerializedObject<byte[]> metaData = serializer.serialize(deadline.getMetaData(), byte[].class);
        return new DbSchedulerBinaryDeadlineDetails(deadlineName, descriptor.getData(),
                descriptor.getType().getName(), payload.getData(), payload.getType().getName(),
                payload.getType().getRevision(), metaData.getData());
    }
}
