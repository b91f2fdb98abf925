package ru.mentoring.api.reporting;

import ru.mentoring.api.program.MentoringForm;

import java.util.UUID;

/**
 * Asks for the people behind one indicator's numerator in the scope of a {@link FindKpiReport}, a page at a
 * time in the order of their ids: those after {@code after} (from the start when {@code null}), at most
 * {@code size}.
 */
public record FindKpiTrace(Kpi kpi, UUID organizationId, TerritoryId territory, int year, MentoringForm form,
                           UUID after, int size) {
}
