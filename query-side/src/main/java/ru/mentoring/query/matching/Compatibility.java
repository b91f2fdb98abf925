package ru.mentoring.query.matching;

import java.util.OptionalInt;
import java.util.UUID;

/**
 * How well a mentee and a mentor fit each other, for example from the form of mentoring, the mentee's request
 * (запрос) and the mentor's competences. The same score orders both sides' lists after their stated preferences.
 */
@FunctionalInterface
public interface Compatibility {

    /**
     * @return the fit of the two, higher is better; empty when they may not be paired at all (for instance the
     *         form of mentoring does not fit); never {@code null}
     */
    OptionalInt score(UUID menteeId, UUID mentorId);
}
