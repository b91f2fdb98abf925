package ru.mentoring.api.roadmap;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Asks for the escalation list: every item overdue and not done, of one level and/or one owner's road maps
 * ({@code null} for all), of the owners lying in a region or a municipality of it (the
 * organizations there and the territories themselves), longest overdue first, with how many days it is late on {@code asOf}. Answered with a
 * list of {@link OverdueItem}.
 */
public record FindOverdueItems(RoadMapLevel level, UUID ownerId, String region, String municipality, LocalDate asOf) {

    /** Of one level and/or one owner, wherever they lie. */
    public FindOverdueItems(RoadMapLevel level, UUID ownerId, LocalDate asOf) {
        this(level, ownerId, null, null, asOf);
    }
}
