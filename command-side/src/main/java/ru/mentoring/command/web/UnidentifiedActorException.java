package ru.mentoring.command.web;

/**
 * The request does not say, or says wrongly, who is acting.
 */
public class UnidentifiedActorException extends RuntimeException {

    public UnidentifiedActorException(String message) {
        super(message);
    }
}
