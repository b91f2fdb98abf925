package ru.mentoring.api.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where a road map stands on a day: in total, by section and by responsible.
 *
 * @param revision         the revision in force or being drafted
 * @param approvedRevision the last revision approved, 0 while the first is a draft
 * @param approvalOrder    number of the order that approved it, or {@code null}
 * @param approvalDate     date of that order, or {@code null}
 * @param amendmentReason  why the open amendment was opened, or {@code null}
 */
public record RoadMapProgress(UUID roadMapId, RoadMapLevel level, UUID ownerId, String period, String title,
                              int revision, int approvedRevision, String approvalOrder, LocalDate approvalDate,
                              String amendmentReason, LocalDate asOf, ProgressCounts total,
                              List<SectionProgress> sections, List<ResponsibleProgress> byResponsible) {

    public RoadMapProgress {
        sections = List.copyOf(sections);
        byResponsible = List.copyOf(byResponsible);
    }
}
