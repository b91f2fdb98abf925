package ru.mentoring.api.common;

/**
 * The role in which a person, an API client or the system itself acts. Each comes with a scope
 * ({@link ru.mentoring.api.access.Scope}); what a role may do inside it is decided by
 * {@link ru.mentoring.api.access.AccessPolicy}.
 */
public enum ActorRole {
    /** Runs the installation: users, API clients, projections; sends no domain commands, reads no domain data. */
    OPERATOR,
    /** Regional mentoring centre staff (региональный наставнический центр): everything in its region. */
    REGIONAL_ADMINISTRATOR,
    /** Municipal education authority (муниципальный координатор): its municipality's organizations and programs. */
    MUNICIPAL_COORDINATOR,
    /** The curator of an educational organization (куратор ОО): its organization's programs, pairs, road map. */
    ORGANIZATION_CURATOR,
    /** Reads everything in its region or municipality, names included; never changes anything. */
    AUDITOR,
    /** A reporting system (API clients only): reports and projections in its territory, never personal data. */
    REPORTING_SERVICE,
    /** The engine itself: deadlines and policies reacting to events. Never an identity from outside. */
    SYSTEM;

    /** Whether this role sends commands that change the domain. */
    public boolean changesDomain() {
        return this == REGIONAL_ADMINISTRATOR || this == MUNICIPAL_COORDINATOR || this == ORGANIZATION_CURATOR
                || this == SYSTEM;
    }

    /** Parses a role named from outside (a token's claim, a form); {@link #SYSTEM} is never accepted. */
    public static ActorRole external(String name) {
        ActorRole role = valueOf(name == null ? "" : name.strip());
        if (role == SYSTEM) {
            throw new IllegalArgumentException("the system's role cannot be claimed");
        }
        return role;
    }
}
