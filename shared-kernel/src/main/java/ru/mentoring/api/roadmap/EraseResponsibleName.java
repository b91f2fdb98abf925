package ru.mentoring.api.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erases a responsible person's name (ответственный) wherever the road map names them: a teacher who has left,
 * named in the items, asks to be forgotten. The items stay, the name reads «(удалено)»; a cancellation or an
 * amendment reason that mentions the name is erased whole. Names are compared ignoring case and surrounding
 * spaces.
 */
public record EraseResponsibleName(@TargetAggregateIdentifier @NotNull RoadMapId roadMapId,
                                   @NotBlank @Size(max = 500) String name) {
}
