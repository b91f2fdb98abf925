package ru.mentoring.command.audit;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The hash chain is written in the command's own transaction, hence subscribing; and a link that cannot be
 * written fails the command instead of being logged and skipped (Axon's default for event handlers).
 */
@Configuration(proxyBeanMethods = false)
class EventChainConfiguration {

    @Autowired
    void subscribeInTheCommandsTransaction(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(EventChainWriter.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(EventChainWriter.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
