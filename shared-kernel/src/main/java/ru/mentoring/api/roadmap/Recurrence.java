package ru.mentoring.api.roadmap;

import java.util.Locale;
import java.util.Optional;

/**
 * How often an item recurs instead of, or within, its dates — the words road maps use in their "сроки" column.
 */
public enum Recurrence {
    /** Ежегодно: one occurrence a year, due on the item's end day of that year. */
    ANNUALLY("ежегодно"),
    /** Ежемесячно: one occurrence a month, due on the last day of the month. */
    MONTHLY("ежемесячно"),
    /** В течение всего периода: done once, by the end of the item's dates or the plan's period. */
    THROUGHOUT_PERIOD("в течение всего периода"),
    /** Постоянно: ongoing work, reported by the end of the item's dates or the plan's period. */
    CONTINUOUSLY("постоянно"),
    /** По мере необходимости: done when needed; has no due date and is never overdue. */
    AS_NEEDED("по мере необходимости");

    private final String russian;

    Recurrence(String russian) {
        this.russian = russian;
    }

    /** The words of the source documents. */
    public String russian() {
        return russian;
    }

    /** The recurrence a "сроки" text names, if it names one ("Постоянно, в течение 2020, 2021 годов"). */
    public static Optional<Recurrence> named(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(new Locale("ru")).replace('ё', 'е');
        for (Recurrence recurrence : values()) {
            if (lower.contains(recurrence.russian)) {
                return Optional.of(recurrence);
            }
        }
        if (lower.contains("весь период")) {
            return Optional.of(THROUGHOUT_PERIOD);
        }
        return Optional.empty();
    }
}
