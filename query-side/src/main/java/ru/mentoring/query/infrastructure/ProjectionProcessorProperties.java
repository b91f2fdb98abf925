package ru.mentoring.query.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings shared by every projection's processor ({@code mentoring.projections.*}).
 *
 * @param batchSize events handled in one transaction (and one token update); Axon's default is 1
 * @param segments  segments a processor's token is split into when first created; more segments let more
 *                  nodes share a projection. Axon's pooled processor works them with a pool of 4 threads.
 */
@ConfigurationProperties("mentoring.projections")
public record ProjectionProcessorProperties(Integer batchSize, Integer segments) {

    public ProjectionProcessorProperties {
        batchSize = batchSize == null ? 100 : batchSize;
        segments = segments == null ? 2 : segments;
        if (batchSize < 1 || segments < 1) {
            throw new IllegalArgumentException("mentoring.projections: batch-size and segments must be positive");
        }
    }
}
