package ru.mentoring.query.rebuild;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild is over once its segments have reread every event they had read before the reset, even while Axon
 * still calls the token a replay (it does so until an event newer than the reset arrives).
 */
class SegmentWatchTest {

    private static final GlobalSequenceTrackingToken AT_RESET = new GlobalSequenceTrackingToken(10);

    @Test
    void aReplayBelowTheResetPositionRereads() {
        TrackingToken replay = advanced(reset(), 5);

        assertThat(ReplayToken.isReplay(replay)).isTrue();
        assertThat(SegmentWatch.rereading(replay)).isTrue();
    }

    @Test
    void aReplayAtTheResetPositionNoLongerRereadsThoughAxonStillCallsItAReplay() {
        TrackingToken atHead = advanced(advanced(reset(), 5), 10);

        assertThat(ReplayToken.isReplay(atHead)).as("Axon's view").isTrue();
        assertThat(SegmentWatch.rereading(atHead)).isFalse();
    }

    @Test
    void aTokenPastTheResetOrNoTokenAtAllIsNoReplay() {
        TrackingToken past = advanced(reset(), 11);

        assertThat(SegmentWatch.rereading(past)).isFalse();
        assertThat(SegmentWatch.rereading(new GlobalSequenceTrackingToken(3))).isFalse();
        assertThat(SegmentWatch.rereading(null)).isFalse();
    }

    private static TrackingToken reset() {
        return ReplayToken.createReplayToken(AT_RESET, new GlobalSequenceTrackingToken(0));
    }

    /** The token after the event at the position was handled, as a processor advances it. */
    private static TrackingToken advanced(TrackingToken token, long position) {
        return ((WrappedToken) token).advancedTo(new GlobalSequenceTrackingToken(position));
    }
}
