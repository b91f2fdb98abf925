package ru.mentoring.command.access;

import ru.mentoring.api.access.Place;
import ru.mentoring.api.access.Places;
import ru.mentoring.api.common.CarriesCommand;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.RecordComponents;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.roadmap.RoadMapId;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a command acts on, read from its own fields, each with the places it lies in. Every pair, program, road
 * map, organization or road-map owner the command names and the system knows counts — the one it changes and
 * the ones it ties it to (an item bound to a program's milestone names both), so the sender must reach them all.
 * A new thing's own id, still unknown, is passed over: a new program is judged by its organization. A command
 * that names none of them is judged by the territory it names (a new organization's region and municipality,
 * a territory's figures), or else by the person it names, who lies wherever they were registered or enrolled.
 * A command that carries another (a new person's enrollment) is judged by the command it carries.
 */
final class CommandTargets {

    private final Places places;

    CommandTargets(Places places) {
        this.places = places;
    }

    /** The places of each thing the command acts on; empty when it names nothing known. */
    List<List<Place>> of(Object command) {
        if (command instanceof CarriesCommand carrier) {
            // without the carried command there is nothing to judge yet: validation refuses it next
            return carrier.carried() == null ? List.of() : of(carrier.carried());
        }
        if (!command.getClass().isRecord()) {
            return List.of();
        }
        RecordComponent[] components = RecordComponents.of(command.getClass());
        List<List<Place>> things = new ArrayList<>();
        List<Place> person = List.of();
        List<Place> territory = List.of();
        for (RecordComponent component : components) {
            Object value = value(component, command);
            Optional<UUID> thing = thing(component, value);
            if (thing.isPresent()) {
                List<Place> found = places.of(thing.get());
                if (!found.isEmpty()) {
                    things.add(found);
                }
            } else if (value instanceof PersonId id && person.isEmpty()) {
                person = places.of(id.value());
            } else if (value instanceof TerritoryId id) {
                territory = List.of(new Place(id.region(), id.municipality(), null));
            }
        }
        if (!things.isEmpty()) {
            return things;
        }
        if (territory.isEmpty()) {
            territory = named(components, command);
        }
        if (!territory.isEmpty()) {
            return List.of(territory);
        }
        return person.isEmpty() ? List.of() : List.of(person);
    }

    /**
     * The organization or owner the command names that is not known at all — a program or road map would be
     * made for a school the directory has never registered, where no one could ever reach it.
     */
    Optional<UUID> unknownOwner(Object command) {
        if (!command.getClass().isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : RecordComponents.of(command.getClass())) {
            Object value = value(component, command);
            UUID id = value instanceof OrganizationId organization ? organization.value()
                    : isOwner(component, value) ? (UUID) value : null;
            if (id != null && places.of(id).isEmpty()) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private static Optional<UUID> thing(RecordComponent component, Object value) {
        if (value instanceof PairId id) {
            return Optional.of(id.value());
        }
        if (value instanceof ProgramId id) {
            return Optional.of(id.value());
        }
        if (value instanceof RoadMapId id) {
            return Optional.of(id.value());
        }
        if (value instanceof OrganizationId id) {
            return Optional.of(id.value());
        }
        return isOwner(component, value) ? Optional.of((UUID) value) : Optional.empty();
    }

    /** The owner a new road map is made for: an organization's or a territory's id. */
    private static boolean isOwner(RecordComponent component, Object value) {
        return component.getName().equals("ownerId") && value instanceof UUID;
    }

    /** A new organization lies where its own fields say. */
    private static List<Place> named(RecordComponent[] components, Object command) {
        String region = null;
        String municipality = null;
        for (RecordComponent component : components) {
            if (component.getName().equals("region") && value(component, command) instanceof String text) {
                region = text;
            } else if (component.getName().equals("municipality") && value(component, command) instanceof String text) {
                municipality = text;
            }
        }
        return region == null || region.isBlank() ? List.of()
                : List.of(new Place(region.strip(), municipality == null ? null : municipality.strip(), null));
    }

    private static Object value(RecordComponent component, Object command) {
        try {
            return component.getAccessor().invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + command.getClass(), e);
        }
    }
}
