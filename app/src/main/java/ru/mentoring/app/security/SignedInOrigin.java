package ru.mentoring.app.security;

import jakarta.servlet.http.HttpServletRequest;
import ru.mentoring.command.web.CorrelationIdFilter;
import ru.mentoring.command.web.RequestOrigin;

import java.util.UUID;

/**
 * The origin of a command sent from the admin UI: the signed-in user is its actor, and the request's
 * correlation id (from {@link CorrelationIdFilter}) ties the events it causes together — the same
 * {@link RequestOrigin} the API builds from its headers.
 */
public final class SignedInOrigin {

    private SignedInOrigin() {
    }

    public static RequestOrigin of(UiUser user, HttpServletRequest request) {
        Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        return new RequestOrigin(user.actor(),
                correlationId instanceof String id ? id : UUID.randomUUID().toString());
    }
}
