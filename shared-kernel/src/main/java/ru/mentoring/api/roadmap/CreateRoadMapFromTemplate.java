package ru.mentoring.api.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Drafts a road map with the sections and items of a template typed in from a source document (the Kogalym
 * organization plan, the Gymnasium No 2 plan, the Omsk annual cycle); the staff then edits the items. The
 * template's dates move by as many years as the period lies after the template's own.
 *
 * @param templateCode the template, such as {@code kogalym-2020-organization}
 * @param title        the title, or {@code null} for the template's own
 */
public record CreateRoadMapFromTemplate(
        @TargetAggregateIdentifier @NotNull RoadMapId roadMapId,
        @NotBlank @Size(max = 100) String templateCode,
        @NotNull UUID ownerId,
        @NotNull PlanPeriod period,
        @Size(max = RoadMapCreated.TITLE_MAX_LENGTH) String title) {
}
