package ru.mentoring.api.access;

import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;

import java.util.Collection;

/**
 * The one decision of who may do what where, used by the command bus, every read endpoint and the admin UI.
 * A role says what kind of thing an identity may do; its scope says where. Everything not allowed here is
 * refused.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** What an identity wants to do with something that lies somewhere. */
    public enum Action {
        /** Read reports, progress and registries: no names, birth dates or contacts. */
        READ,
        /** Read what names people: bases, cards, histories, as-of states. */
        READ_PERSONAL,
        /** Send a command that changes the domain. */
        COMMAND
    }

    /** Whether the actor may do this with something lying at any one of the places (a person may lie in several). */
    public static boolean allows(Actor actor, Action action, Collection<Place> places) {
        if (actor.role() == ActorRole.SYSTEM) {
            return true;
        }
        if (!roleAllows(actor.role(), action)) {
            return false;
        }
        Scope scope = actor.scope();
        return places.stream().anyMatch(scope::covers);
    }

    /** Whether the role may ever do this kind of thing, wherever it is. */
    public static boolean roleAllows(ActorRole role, Action action) {
        return switch (action) {
            case READ -> role != ActorRole.OPERATOR;
            case READ_PERSONAL -> role != ActorRole.OPERATOR && role != ActorRole.REPORTING_SERVICE;
            case COMMAND -> role.changesDomain();
        };
    }

    /** Whether the role runs the installation (users, API clients, projections). */
    public static boolean runsInstallation(ActorRole role) {
        return role == ActorRole.OPERATOR;
    }
}
