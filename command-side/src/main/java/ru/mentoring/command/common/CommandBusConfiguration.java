package ru.mentoring.command.common;

import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.mentoring.api.common.Actor;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Guards of the command bus and the metadata every event inherits from the message that caused it.
 */
@Configuration(proxyBeanMethods = false)
public class CommandBusConfiguration {

    /** The time of day where the command side needs one (never inside an aggregate). */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The gateway every caller sends through: a command that lost a race for its aggregate is sent again
     * ({@code mentoring.commands.conflict-retries} times, waiting {@code conflict-retry-interval} and then
     * twice as long each time) before the conflict is answered.
     */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService conflictRetries,
                                         @Value("${mentoring.commands.conflict-retries:4}") int retries,
                                         @Value("${mentoring.commands.conflict-retry-interval:20}") long intervalMillis) {
        DefaultCommandGateway.Builder gateway = DefaultCommandGateway.builder().commandBus(commandBus);
        if (retries > 0) {
            gateway.retryScheduler(new ConflictRetryScheduler(conflictRetries, retries, intervalMillis));
        }
        return gateway.build();
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService conflictRetries() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-conflict-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Commands are checked against their jakarta.validation constraints before any handler runs, by Spring's
     * validator when there is one: its messages follow the locale of the request that sent the command (Russian for
     * the API), where Axon's own factory would speak the JVM's default language.
     */
    @Bean
    public MessageHandlerInterceptor<CommandMessage<?>> beanValidationInterceptor(
            ObjectProvider<ValidatorFactory> validators) {
        ValidatorFactory validator = validators.getIfUnique();
        return validator == null ? new BeanValidationInterceptor<>() : new BeanValidationInterceptor<>(validator);
    }

    /** No command stores a control character, whichever way it came in (see {@link ControlCharacters}). */
    @Bean
    public MessageHandlerInterceptor<CommandMessage<?>> controlCharacterInterceptor() {
        return new ControlCharacterInterceptor();
    }

    @Bean
    public MessageHandlerInterceptor<CommandMessage<?>> actorRequiredInterceptor() {
        return new ActorRequiredInterceptor();
    }

    /** Copies the actor from the handled message into every message it causes. */
    @Bean
    public CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(Actor.USER_ID, Actor.ROLE, Actor.REGION, Actor.MUNICIPALITY,
                Actor.ORGANIZATION);
    }

    /**
     * {@code correlationId} is the id of the request that started a chain of messages (kept from the first
     * message on); {@code causationId} is the id of the message that directly caused this one.
     */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider("causationId", Actor.CORRELATION_ID);
    }
}
