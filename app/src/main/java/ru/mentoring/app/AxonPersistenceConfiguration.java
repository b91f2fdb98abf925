package ru.mentoring.app;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.mentoring.command.web.RequestOrigin;

/**
 * What Axon's JDBC auto-configuration cannot guess: the PostgreSQL layout of the saga tables, and how
 * PostgreSQL reports a broken unique key (the event, token and dead-letter tables use Axon's default names).
 */
@Configuration(proxyBeanMethods = false)
class AxonPersistenceConfiguration {

    static {
        // The acting user comes from headers (later, the login), not from the request's parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(RequestOrigin.class);
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema();
    }
}
