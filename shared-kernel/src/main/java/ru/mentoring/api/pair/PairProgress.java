package ru.mentoring.api.pair;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a pair or group is doing.
 *
 * @param status              {@code ACTIVE}, {@code COMPLETED} or {@code DISSOLVED}
 * @param meetings            meetings held, by type
 * @param planCompletion      percent of the individual plan's activities done
 * @param feedbackAverages    average score (1–5) by who gave it, where any was given
 * @param feedbackMissing     whose feedback due on {@code feedbackDueOn} has not come
 * @param needsAttention      active, and its first meeting is overdue, it has stalled, or feedback is missing
 */
public record PairProgress(
        UUID pairId, UUID programId, String form, String format, String status, List<UUID> mentors,
        List<UUID> mentees, Instant openedAt, Instant firstMeetingDueAt, LocalDate agreementSignedOn,
        int planRevision, int planActivities, int planActivitiesDone, int planCompletion,
        Map<MeetingType, Integer> meetings, LocalDate lastMeetingOn, Map<FeedbackSource, Double> feedbackAverages,
        boolean firstMeetingOverdue, boolean stalled, LocalDate stalledSince, LocalDate feedbackDueOn,
        List<FeedbackSource> feedbackMissing, String outcome, LocalDate endedOn, boolean needsAttention) {
}
