package ru.mentoring.api.program;

/**
 * Formats of interaction (seed 002): how mentors and mentees work together.
 */
public enum InteractionFormat {
    /** One mentor, one mentee. */
    INDIVIDUAL,
    /** One mentor or a team, several mentees with a common deficit. */
    GROUP,
    /** A large group with different deficits. */
    COLLECTIVE,
    /** Peers support each other. */
    MUTUAL,
    /** Remote. */
    ONLINE
}
