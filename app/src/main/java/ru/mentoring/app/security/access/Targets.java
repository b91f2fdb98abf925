package ru.mentoring.app.security.access;

import org.springframework.stereotype.Component;
import ru.mentoring.api.access.Place;
import ru.mentoring.api.access.Places;
import ru.mentoring.api.reporting.TerritoryId;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The thing an endpoint acts on, named by its path's variables — the most specific first — and where it lies.
 */
@Component
class Targets {

    /** The variables that name a thing, most specific first; an audit's {@code id} is any aggregate's. */
    private static final List<String> VARIABLES = List.of("pairId", "programId", "roadMapId", "organizationId",
            "personId", "id");

    private final Places places;

    Targets(Places places) {
        this.places = places;
    }

    /** Whether the path names a thing at all. */
    static boolean named(Map<String, String> variables) {
        return VARIABLES.stream().anyMatch(variables::containsKey);
    }

    /** Where the named thing lies; empty when it does not exist (or the id is not one). */
    List<Place> of(Map<String, String> variables) {
        for (String variable : VARIABLES) {
            String value = variables.get(variable);
            if (value != null) {
                return lookUp(value);
            }
        }
        return List.of();
    }

    private List<Place> lookUp(String id) {
        try {
            return places.of(UUID.fromString(id));
        } catch (IllegalArgumentException notUuid) {
            return territory(id);
        }
    }

    /** A territory's aggregate is named by its text form, {@code REGION:…} or {@code MUNICIPALITY:…/…}. */
    private static List<Place> territory(String id) {
        return TerritoryId.parse(id).map(territory -> List.of(new Place(territory.region(), territory.municipality(),
                null))).orElse(List.of());
    }
}
