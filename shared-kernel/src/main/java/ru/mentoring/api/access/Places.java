package ru.mentoring.api.access;

import java.util.List;
import java.util.UUID;

/**
 * Where the things the policy guards lie: an organization, program, pair, road map, territory or person, by
 * its id. Written in the transaction that stores the event which made the thing, so a command sent right
 * after it finds it.
 */
public interface Places {

    /** The places of a thing, empty when no such thing is known. */
    List<Place> of(UUID subject);
}
