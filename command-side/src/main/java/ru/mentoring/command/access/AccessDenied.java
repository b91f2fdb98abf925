package ru.mentoring.command.access;

/**
 * A command whose target lies outside its sender's scope, or that the sender's role may not send at all.
 * Answered 403 with the code {@value #CODE}; nothing of the command is stored.
 */
public class AccessDenied extends RuntimeException {

    public static final String CODE = "access.denied";

    public AccessDenied(String message) {
        super(message);
    }
}
