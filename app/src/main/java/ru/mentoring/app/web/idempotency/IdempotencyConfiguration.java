package ru.mentoring.app.web.idempotency;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The settings of idempotency keys, and the task that deletes expired ones. It is a db-scheduler task (a bean, as
 * Axon's deadline task is), so with several nodes one of them runs it each time, never all at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

    static final String CLEANUP_TASK = "idempotency-key-cleanup";
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    @Bean
    RecurringTask<Void> idempotencyKeyCleanup(IdempotencyKeys keys) {
        return Tasks.recurring(CLEANUP_TASK, FixedDelay.ofHours(1))
                .execute((instance, context) -> {
                    int deleted = keys.deleteExpired();
                    if (deleted > 0) {
                        LOG.info("Deleted {} expired idempotency keys", deleted);
                    }
                });
    }
}
