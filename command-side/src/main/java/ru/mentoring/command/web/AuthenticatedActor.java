package ru.mentoring.command.web;

import ru.mentoring.api.common.Actor;

import java.util.Optional;

/**
 * Who the current request was authenticated as — from a bearer token or a signed-in session, never from
 * anything the request says about itself. The application's security configuration provides it.
 */
@FunctionalInterface
public interface AuthenticatedActor {

    Optional<Actor> current();
}
