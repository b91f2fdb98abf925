package ru.mentoring.command.access;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.mentoring.api.access.Places;

/**
 * The places are written in the command's own transaction (a subscribing processor that fails the command when
 * it cannot write), and every command passes the access guard.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Autowired
    void subscribeInTheCommandsTransaction(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(PlacesWriter.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(PlacesWriter.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> commandAccessGuard(Places places) {
        return new CommandAccessGuard(new CommandTargets(places));
    }
}
