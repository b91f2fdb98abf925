package ru.mentoring.app.deadlines;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's deadline manager: Axon's db-scheduler one with searchable keys, in place of the one Axon's
 * auto-configuration would make (which backs off when a deadline manager exists), built the same way. Axon's
 * deadline task, which the auto-configuration still registers, finds it as the {@link DbSchedulerDeadlineManager}
 * it executes deadlines with.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    KeyedDeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                         @Qualifier("eventSerializer") Serializer serializer,
                                         TransactionManager transactionManager, DeadlineManagerSpanFactory spans,
                                         JdbcTemplate jdbc) {
        DbSchedulerDeadlineManager.Builder builder = DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spans)
                // db-scheduler's own auto-configuration starts and stops the scheduler
                .startScheduler(false)
                .stopScheduler(false);
        return new KeyedDeadlineManager(builder, scheduler, serializer, spans,
                new ScheduledDeadlines(jdbc, KeyedDeadlineManager.TASK_NAME));
    }
}
