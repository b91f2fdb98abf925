package ru.mentoring.command.roadmap;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Infrastructure of road maps: the milestone policy decides every event in one sequence, so that a binding
 * and the milestone it waits for, which belong to different aggregates, are never handled side by side.
 */
@Configuration(proxyBeanMethods = false)
class RoadMapConfiguration {

    @Autowired
    void sequenceMilestonePolicy(EventProcessingConfigurer processing) {
        processing.registerSequencingPolicy(MilestoneCompletionPolicy.PROCESSING_GROUP,
                configuration -> new SequentialPolicy());
    }
}
