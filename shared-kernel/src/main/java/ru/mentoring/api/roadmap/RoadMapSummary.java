package ru.mentoring.api.roadmap;

import java.util.UUID;

/**
 * A road map in a list, with its total progress.
 */
public record RoadMapSummary(UUID roadMapId, RoadMapLevel level, UUID ownerId, String period, String title,
                             int revision, int approvedRevision, ProgressCounts total) {
}
