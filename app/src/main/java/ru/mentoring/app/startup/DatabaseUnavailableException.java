package ru.mentoring.app.startup;

/**
 * The configured PostgreSQL database cannot be used; the message says what to set.
 */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
