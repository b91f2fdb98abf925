package ru.mentoring.api.roadmap;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Drafts the next period's road map from this period's (корректировка плана, seed 000 stage 8; seed 001
 * "Разработка дорожной карты на 2022-2023 учебный год"): the same sections and the items not cancelled, in their
 * last wording, their dates moved by as many years as the new period lies later; the staff then corrects them.
 *
 * @param title the title, or {@code null} for the previous plan's
 */
public record CreateNextRoadMap(
        @TargetAggregateIdentifier @NotNull RoadMapId roadMapId,
        @NotNull RoadMapId previousRoadMapId,
        @NotNull PlanPeriod period,
        @Size(max = RoadMapCreated.TITLE_MAX_LENGTH) String title) {
}
