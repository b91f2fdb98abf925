package ru.mentoring.command.access;

import ru.mentoring.api.access.Place;
import ru.mentoring.api.access.Places;
import ru.mentoring.api.common.OrganizationId;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.pair.PairId;
import ru.mentoring.api.program.ProgramId;
import ru.mentoring.api.reporting.TerritoryId;
import ru.mentoring.api.roadmap.RoadMapId;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Where a command's target lies, read from the command's own fields: the most specific known thing it names
 * — a pair, then a program, a road map (or the owner a new one is made for), an organization, a territory,
 * a person. A command that creates a thing names the thing it is made in too (a program its organization), so
 * the new id, still unknown, is passed over. A new organization lies in the region and municipality it names.
 */
final class CommandTargets {

    /** The kinds of ids, most specific first. */
    private static final List<Function<Object, Optional<UUID>>> IDS = List.of(
            value -> value instanceof PairId id ? Optional.of(id.value()) : Optional.empty(),
            value -> value instanceof ProgramId id ? Optional.of(id.value()) : Optional.empty(),
            value -> value instanceof RoadMapId id ? Optional.of(id.value()) : Optional.empty(),
            value -> value instanceof OrganizationId id ? Optional.of(id.value()) : Optional.empty(),
            value -> value instanceof PersonId id ? Optional.of(id.value()) : Optional.empty());

    private final Places places;

    CommandTargets(Places places) {
        this.places = places;
    }

    /** The places of the command's target; empty when it names nothing known (the target does not exist). */
    List<Place> of(Object command) {
        Class<?> type = command.getClass();
        if (!type.isRecord()) {
            return List.of();
        }
        RecordComponent[] components = type.getRecordComponents();
        for (Function<Object, Optional<UUID>> kind : IDS) {
            for (RecordComponent component : components) {
                Optional<UUID> id = kind.apply(value(component, command));
                if (id.isPresent()) {
                    List<Place> found = places.of(id.get());
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            if (kind == IDS.get(2)) {
                Optional<List<Place>> owner = owner(components, command);
                if (owner.isPresent()) {
                    return owner.get();
                }
            }
        }
        for (RecordComponent component : components) {
            if (value(component, command) instanceof TerritoryId territory) {
                return List.of(new Place(territory.region(), territory.municipality(), null));
            }
        }
        return named(components, command);
    }

    /**
     * The organization or owner the command names that is not known at all — a program or road map would be
     * made for a school the directory has never registered, where no one could ever reach it.
     */
    Optional<UUID> unknownOwner(Object command) {
        if (!command.getClass().isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            Object value = value(component, command);
            UUID id = value instanceof OrganizationId organization ? organization.value()
                    : component.getName().equals("ownerId") && value instanceof UUID owner ? owner : null;
            if (id != null && places.of(id).isEmpty()) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** The owner a new road map is made for: an organization's or a territory's id. */
    private Optional<List<Place>> owner(RecordComponent[] components, Object command) {
        for (RecordComponent component : components) {
            if (component.getName().equals("ownerId") && value(component, command) instanceof UUID owner) {
                List<Place> found = places.of(owner);
                return found.isEmpty() ? Optional.empty() : Optional.of(found);
            }
        }
        return Optional.empty();
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
