package ru.mentoring.api.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ru.mentoring.api.common.OrganizationId;

/**
 * Registers an educational organization with its municipality and region, e.g. «МАОУ СОШ № 1»,
 * «город Когалым», «Ханты-Мансийский автономный округ – Югра».
 */
public record RegisterOrganization(
        @TargetAggregateIdentifier @NotNull OrganizationId organizationId,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 200) String municipality,
        @NotBlank @Size(max = 200) String region) {
}
