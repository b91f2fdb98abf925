package ru.mentoring.app.security.access;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import ru.mentoring.api.access.Place;
import ru.mentoring.api.access.Places;
import ru.mentoring.api.access.Scope;
import ru.mentoring.api.common.Actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.Arrays;

/**
 * Narrows a list to the identity's scope through the list's own filters: the filters it names must lie inside
 * the scope, and the ones it leaves out are set to the scope (a curator's lists are their organization's, a
 * coordinator's their municipality's, an administrator's their region's). A list whose filters cannot express
 * the scope is not shown at all (escalations, to a curator). A territory's figures and targets show a curator
 * their municipality's.
 */
final class ListScope {

    /** The filters each list takes. */
    private static final Map<PathPattern, Set<String>> FILTERS = Map.ofEntries(
            filters("/api/organizations", "organizationId", "region", "municipality"),
            filters("/ui/organizations", "organizationId", "region", "municipality"),
            filters("/ui/territories", "region", "municipality"),
            filters("/api/road-maps/escalations", "region", "municipality"),
            filters("/api/programs", "organizationId", "region", "municipality"),
            filters("/ui/programs", "organizationId", "region", "municipality"),
            filters("/api/bases/{base}", "programId", "organizationId", "region", "municipality"),
            filters("/api/road-maps", "ownerId", "region", "municipality"),
            filters("/api/road-maps/overdue", "ownerId", "region", "municipality"),
            filters("/ui/road-maps", "ownerId", "region", "municipality"),
            filters("/api/road-maps/roll-up", "organizationId", "region", "municipality"),
            filters("/api/v1/reports/**", "organizationId", "region", "municipality"),
            filters("/ui/reports/**", "organizationId", "region", "municipality"),
            filters("/ui/audit/**", "id"));

    /** Reference lists where a curator sees their municipality: its figures and targets. */
    private static final Set<String> MUNICIPAL_REFERENCE = Set.of("/ui/territories");

    private final Places places;

    ListScope(Places places) {
        this.places = places;
    }

    /** The filters to apply instead of the request's own, or empty when the list lies outside the scope. */
    Optional<Map<String, String[]>> narrow(Actor actor, String path, Map<String, String[]> parameters) {
        PathContainer container = PathContainer.parsePath(path);
        var entry = FILTERS.entrySet().stream().filter(e -> e.getKey().matches(container)).findFirst();
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Set<String> filters = entry.get().getValue();
        Scope scope = actor.scope();
        Map<String, String[]> narrowed = new HashMap<>(parameters);
        if (filters.contains("id")) {
            return Optional.of(narrowed);
        }
        boolean named = false;
        for (String idFilter : List.of("organizationId", "programId", "ownerId")) {
            for (String value : parameters.getOrDefault(idFilter, new String[0])) {
                if (!value.isBlank() && !covered(scope, value)) {
                    return Optional.empty();
                }
                named |= !value.isBlank();
            }
        }
        if (named) {
            // a list of named things inside the scope needs no territory on top
            return Optional.of(narrowed);
        }
        Optional<Place> own = scope.level() == Scope.Level.ORGANIZATION
                ? places.of(scope.organizationId()).stream().findFirst() : Optional.empty();
        String region = scope.region() != null ? scope.region() : own.map(Place::region).orElse(null);
        String municipality = scope.municipality() != null ? scope.municipality()
                : own.map(Place::municipality).orElse(null);
        if (region == null || !agrees(parameters, "region", region)
                || (municipality != null && !agrees(parameters, "municipality", municipality))) {
            return Optional.empty();
        }
        boolean reference = MUNICIPAL_REFERENCE.contains(entry.get().getKey().getPatternString());
        if (scope.level() == Scope.Level.ORGANIZATION && !reference) {
            String organization = scope.organizationId().toString();
            if (filters.contains("organizationId")) {
                narrowed.put("organizationId", new String[]{organization});
            } else if (filters.contains("ownerId")) {
                narrowed.put("ownerId", new String[]{organization});
            } else {
                return Optional.empty();
            }
            return Optional.of(narrowed);
        }
        narrowed.put("region", new String[]{region});
        if (municipality != null) {
            narrowed.put("municipality", new String[]{municipality});
        }
        return Optional.of(narrowed);
    }

    /**
     * What a request {@link #narrow} refused asked for that the scope does not hold: an organization outside it,
     * or a region or municipality other than the scope's own (named as the closest one the caller may ask for).
     */
    Optional<ScopeMiss> miss(Actor actor, Map<String, String[]> parameters) {
        Scope scope = actor.scope();
        for (String value : parameters.getOrDefault("organizationId", new String[0])) {
            if (!value.isBlank() && !covered(scope, value)) {
                return Optional.of(new ScopeMiss("organization.not-found", "Организация " + value.strip()
                        + " не найдена в вашей области доступа", value.strip(), List.of()));
            }
        }
        Optional<Place> own = scope.level() == Scope.Level.ORGANIZATION
                ? places.of(scope.organizationId()).stream().findFirst() : Optional.empty();
        String region = scope.region() != null ? scope.region() : own.map(Place::region).orElse(null);
        String municipality = scope.municipality() != null ? scope.municipality()
                : own.map(Place::municipality).orElse(null);
        if (region != null && !agrees(parameters, "region", region)) {
            String asked = disagreeing(parameters, "region", region);
            return Optional.of(new ScopeMiss("region.not-found", "Регион «" + asked + "» не найден в вашей области "
                    + "доступа. Ближайшие известные: «" + region + "»", asked, List.of(region)));
        }
        if (municipality != null && !agrees(parameters, "municipality", municipality)) {
            String asked = disagreeing(parameters, "municipality", municipality);
            return Optional.of(new ScopeMiss("municipality.not-found", "Муниципалитет «" + asked + "» не найден в "
                    + "вашей области доступа. Ближайшие известные: «" + municipality + "»", asked,
                    List.of(municipality)));
        }
        return Optional.empty();
    }

    private boolean covered(Scope scope, String id) {
        try {
            return places.of(UUID.fromString(id.strip())).stream().anyMatch(scope::covers);
        } catch (IllegalArgumentException notAnId) {
            return true;
        }
    }

    /** A filter the request set itself must say what the scope says. */
    private static boolean agrees(Map<String, String[]> parameters, String name, String value) {
        String[] given = parameters.get(name);
        return given == null || Arrays.stream(given).allMatch(v -> v.isBlank() || v.strip().equals(value));
    }

    private static String disagreeing(Map<String, String[]> parameters, String name, String value) {
        return Arrays.stream(parameters.get(name)).map(String::strip).filter(v -> !v.isEmpty() && !v.equals(value))
                .findFirst().orElseThrow();
    }

    private static Map.Entry<PathPattern, Set<String>> filters(String pattern, String... names) {
        return Map.entry(PathPatternParser.defaultInstance.parse(pattern), Set.of(names));
    }
}
