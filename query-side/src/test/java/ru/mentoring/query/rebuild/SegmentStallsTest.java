package ru.mentoring.query.rebuild;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A segment is stuck only when it has stayed below the head at one position for the whole allowed time.
 */
class SegmentStallsTest {

    private final SegmentStalls stalls = new SegmentStalls(Duration.ofSeconds(30));
    private final Instant start = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void segmentBelowTheHeadIsStuckOnceItHasNotMovedForTheAllowedTime() {
        assertThat(stalls.stuck("organization-directory", 0, 40, 50, start)).isFalse();
        assertThat(stalls.stuck("organization-directory", 0, 40, 55, start.plusSeconds(29))).isFalse();
        assertThat(stalls.stuck("organization-directory", 0, 40, 60, start.plusSeconds(30))).isTrue();
    }

    @Test
    void segmentThatMovesStartsItsClockAgain() {
        stalls.stuck("organization-directory", 0, 40, 50, start);
        assertThat(stalls.stuck("organization-directory", 0, 45, 50, start.plusSeconds(31))).isFalse();
        assertThat(stalls.stuck("organization-directory", 0, 45, 50, start.plusSeconds(60))).isFalse();
        assertThat(stalls.stuck("organization-directory", 0, 45, 50, start.plusSeconds(61))).isTrue();
    }

    @Test
    void segmentIdleAtTheHeadIsNeverStuck() {
        stalls.stuck("organization-directory", 1, 50, 50, start);
        assertThat(stalls.stuck("organization-directory", 1, 50, 50, start.plusSeconds(3600))).isFalse();
    }

    @Test
    void segmentsAreWatchedEachOnItsOwn() {
        stalls.stuck("organization-directory", 0, 40, 50, start);
        assertThat(stalls.stuck("organization-directory", 1, 40, 50, start.plusSeconds(40))).isFalse();
        assertThat(stalls.stuck("program-registry", 0, 40, 50, start.plusSeconds(40))).isFalse();
        assertThat(stalls.stuck("organization-directory", 0, 40, 50, start.plusSeconds(40))).isTrue();
    }
}
