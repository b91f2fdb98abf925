package ru.mentoring.command.program;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The program-title lookup must be written in the command's own transaction, hence a subscribing processor.
 */
@Configuration(proxyBeanMethods = false)
class ProgramConfiguration {

    @Autowired
    void subscribeTitleLookup(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(JdbcProgramTitles.PROCESSING_GROUP);
    }
}
