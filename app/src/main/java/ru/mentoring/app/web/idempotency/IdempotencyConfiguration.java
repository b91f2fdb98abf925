package ru.mentoring.app.web.idempotency;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * The settings of idempotency keys, the task that deletes expired ones, and the header in the OpenAPI description.
 * The task is a db-scheduler task (a bean, as Axon's deadline task is), so with several nodes one of them runs it
 * each time, never all at once.
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

    /** Every command of the API says it takes the optional header, so that clients find it in the description. */
    @Bean
    OpenApiCustomizer idempotencyKeyHeader() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                Stream.of(item.getPost(), item.getPut(), item.getPatch(), item.getDelete())
                        .filter(Objects::nonNull)
                        .forEach(operation -> operation.addParametersItem(new HeaderParameter()
                                .name(IdempotencyFilter.HEADER)
                                .required(false)
                                .description("Ключ идемпотентности: повтор с тем же ключом и телом получает первый"
                                        + " ответ и не выполняет команду снова (1–200 печатных символов ASCII)")
                                .schema(new StringSchema().minLength(1).maxLength(200))));
            }
        });
    }
}
