package ru.mentoring.app.security;

import ru.mentoring.api.access.Place;
import ru.mentoring.api.common.ActorRole;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which scope each role takes, checked when a user or an API client is created: the operator none; a regional
 * administrator a region; a municipal coordinator a municipality of a region; a curator an organization; an
 * auditor or a reporting service a region or a municipality of it. A regional administrator gives out
 * identities of their own region only, and never the operator's role.
 */
public final class RoleScopes {

    private RoleScopes() {
    }

    /** A problem with one field, by its message key in the admin UI's bundles and its Russian text. */
    public record Problem(String field, String key, String message) {
    }

    /**
     * @param organizationPlaces where the named organization lies (empty when it is unknown or none is named)
     */
    public static List<Problem> check(ActorRole role, String region, String municipality, UUID organizationId,
                                      List<Place> organizationPlaces, ActorRole grantor, String grantorRegion) {
        List<Problem> problems = new ArrayList<>();
        if (role == null) {
            problems.add(new Problem("role", "scope.role.required", "укажите роль"));
            return problems;
        }
        boolean hasRegion = region != null && !region.isBlank();
        boolean hasMunicipality = municipality != null && !municipality.isBlank();
        switch (role) {
            case SYSTEM -> problems.add(new Problem("role", "scope.role.system", "роль системы не выдаётся"));
            case OPERATOR -> {
                if (hasRegion || hasMunicipality || organizationId != null) {
                    problems.add(new Problem("region", "scope.operator.territory",
                            "у оператора нет территории: он ведёт всю установку"));
                }
            }
            case REGIONAL_ADMINISTRATOR -> {
                require(hasRegion, problems, "region", "scope.region.required", "укажите регион");
                refuse(hasMunicipality || organizationId != null, problems);
            }
            case MUNICIPAL_COORDINATOR -> {
                require(hasRegion, problems, "region", "scope.region.required", "укажите регион");
                require(hasMunicipality, problems, "municipality", "scope.municipality.required",
                        "укажите муниципалитет");
                refuse(organizationId != null, problems);
            }
            case ORGANIZATION_CURATOR -> require(organizationId != null, problems, "organization",
                    "scope.organization.required", "укажите организацию");
            case AUDITOR, REPORTING_SERVICE -> {
                require(hasRegion, problems, "region", "scope.region.required", "укажите регион");
                refuse(organizationId != null, problems);
            }
        }
        if (organizationId != null && organizationPlaces.isEmpty()) {
            problems.add(new Problem("organization", "scope.organization.unknown",
                    "такой организации нет в справочнике"));
        }
        if (grantor == ActorRole.REGIONAL_ADMINISTRATOR && organizationId != null
                && organizationPlaces.stream().noneMatch(place -> place.region().equals(grantorRegion))) {
            problems.add(new Problem("organization", "scope.region.foreign",
                    "можно выдавать доступ только в своём регионе"));
        }
        if (grantor == ActorRole.REGIONAL_ADMINISTRATOR) {
            if (role == ActorRole.OPERATOR) {
                problems.add(new Problem("role", "scope.role.operator", "роль оператора выдаёт только оператор"));
            }
            if (hasRegion && !region.strip().equals(grantorRegion)) {
                problems.add(new Problem("region", "scope.region.foreign",
                        "можно выдавать доступ только в своём регионе"));
            }
        }
        return problems;
    }

    private static void require(boolean present, List<Problem> problems, String field, String key, String message) {
        if (!present) {
            problems.add(new Problem(field, key, message));
        }
    }

    private static void refuse(boolean narrower, List<Problem> problems) {
        if (narrower) {
            problems.add(new Problem("organization", "scope.organization.unexpected",
                    "для этой роли организация не указывается"));
        }
    }
}
