package ru.mentoring.api.common;

/**
 * The role in which a person (or the system itself) issued a command.
 */
public enum ActorRole {
    /** Regional mentoring centre staff (региональный наставнический центр). */
    REGIONAL_ADMINISTRATOR,
    /** Municipal education authority (муниципальный координатор). */
    MUNICIPAL_COORDINATOR,
    /** The curator of an educational organization (куратор ОО). */
    ORGANIZATION_CURATOR,
    /** Reads histories and reports, never changes anything. */
    AUDITOR,
    /** The engine itself: deadlines and policies reacting to events. */
    SYSTEM
}
