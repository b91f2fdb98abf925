package ru.mentoring.api.program;

/**
 * The role a person takes in one program.
 */
public enum ParticipantRole {
    MENTEE,
    MENTOR
}
