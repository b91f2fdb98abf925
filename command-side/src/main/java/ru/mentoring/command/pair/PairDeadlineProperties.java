package ru.mentoring.command.pair;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long a pair may go without the awaited step ({@code mentoring.pairs.*}).
 *
 * @param firstMeetingWithin the organizational meeting is due this long after the pairs are fixed
 * @param stalledAfter       an active pair that has not met for this long is stalled
 */
@ConfigurationProperties("mentoring.pairs")
public record PairDeadlineProperties(Duration firstMeetingWithin, Duration stalledAfter) {

    public PairDeadlineProperties {
        firstMeetingWithin = firstMeetingWithin == null ? Duration.ofDays(14) : firstMeetingWithin;
        stalledAfter = stalledAfter == null ? Duration.ofDays(30) : stalledAfter;
        if (firstMeetingWithin.isNegative() || firstMeetingWithin.isZero() || stalledAfter.isNegative()
                || stalledAfter.isZero()) {
            throw new IllegalArgumentException("mentoring.pairs: periods must be positive");
        }
    }
}
