package ru.mentoring.api.common;

/**
 * A command that carries another one it will send (a new person's enrollment or appointment): it acts on what the
 * carried command acts on, so the access check judges it by that command.
 */
public interface CarriesCommand {

    /** The command carried, sent by the handler in the same unit of work. */
    Object carried();
}
