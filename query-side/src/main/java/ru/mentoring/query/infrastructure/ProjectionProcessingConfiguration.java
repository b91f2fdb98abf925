package ru.mentoring.query.infrastructure;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Every processing group without settings of its own runs as a pooled streaming processor: batched
 * transactions, tokens claimed per segment so several nodes can share a projection.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectionProcessorProperties.class)
class ProjectionProcessingConfiguration {

    @Autowired
    void pooledStreamingByDefault(EventProcessingConfigurer processing, ProjectionProcessorProperties properties) {
        processing.usingPooledStreamingEventProcessors((configuration, builder) -> builder
                .batchSize(properties.batchSize())
                .initialSegmentCount(properties.segments()));
    }
}
