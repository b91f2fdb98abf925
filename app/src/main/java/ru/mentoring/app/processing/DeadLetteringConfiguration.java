package ru.mentoring.app.processing;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.EventProcessorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The processing groups configured with a dead-letter queue ({@code axon.eventhandling.processors.*.dlq.enabled})
 * park a failing event instead of stalling: a failing handler is run again in a savepoint
 * ({@link EventHandlerSavepoints}), and a retry of parked events handles each letter in a transaction of its own,
 * so that a letter failing again is put back in the queue by the surrounding transaction instead of dooming it.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetteringConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeadLetteringConfiguration.class);

    @Bean
    static EventHandlerSavepoints eventHandlerSavepoints(ObjectProvider<PlatformTransactionManager> transactions,
                                                         EventProcessorProperties processors) {
        return new EventHandlerSavepoints(transactions::getObject, deadLetteringGroups(processors));
    }

    @Autowired
    void retryEachLetterInItsOwnTransaction(EventProcessingConfigurer processing, EventProcessorProperties processors,
                                            PlatformTransactionManager transactions) {
        DefaultTransactionDefinition ownTransaction =
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        for (String group : deadLetteringGroups(processors)) {
            EventProcessorProperties.DlqCache cache = processors.getProcessors().get(group).getDlq().getCache();
            processing.registerDeadLetteringEventHandlerInvokerConfiguration(group, (configuration, invoker) -> {
                invoker.transactionManager(new SpringTransactionManager(transactions, ownTransaction));
                // this replaces the configuration Axon's auto-configuration registers for the group, and with it
                // the cache of sequences known not to be parked: without it every event handled asked the
                // dead-letter table whether its sequence was parked (a query an event, 11 % of a rebuild's workers)
                return cache.isEnabled()
                        ? invoker.enableSequenceIdentifierCache().sequenceIdentifierCacheSize(cache.getSize())
                        : invoker;
            });
            processing.registerDeadLetterPolicy(group, configuration -> parkAndSay(group));
        }
    }

    /** Parks every failing event, as Axon does by default, and says so in the log: Axon itself is silent. */
    static EnqueuePolicy<EventMessage<?>> parkAndSay(String group) {
        return (letter, cause) -> {
            EventMessage<?> event = letter.message();
            String aggregate = event instanceof DomainEventMessage<?> domain
                    ? " of " + domain.getType() + " " + domain.getAggregateIdentifier() : "";
            log.warn("Processing group {} parks event {} ({}{}) as a dead letter: {}", group, event.getIdentifier(),
                    event.getPayloadType().getSimpleName(), aggregate, cause.toString());
            return Decisions.enqueue(ThrowableCause.truncated(cause));
        };
    }

    static Set<String> deadLetteringGroups(EventProcessorProperties processors) {
        return processors.getProcessors().entrySet().stream()
                .filter(entry -> entry.getValue().getDlq().isEnabled())
                .map(java.util.Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
