package ru.mentoring.app.security.access;

/**
 * What an endpoint does, as far as the access policy is concerned.
 */
public enum Access {
    /** Anyone, signed in or not: the sign-in page, the error page. */
    PUBLIC,
    /** Any identity: the UI's frame, the templates of road maps, the API's description, one's own password. */
    SIGNED_IN,
    /** The installation's operator only: projections. */
    OPERATOR,
    /** Who gives out identities: the operator, and a regional administrator inside their region. */
    IDENTITIES,
    /** Reads one thing named in the path, without personal data; outside the scope it does not exist (404). */
    READ,
    /** Reads one thing named in the path, with names; outside the scope it does not exist (404). */
    READ_PERSONAL,
    /** Reads a list, narrowed to the scope; no personal data. */
    LIST,
    /** Reads a list with names, narrowed to the scope. */
    LIST_PERSONAL,
    /** Sends a command; a thing named in the path outside the scope is refused (403), as the command bus does. */
    COMMAND
}
