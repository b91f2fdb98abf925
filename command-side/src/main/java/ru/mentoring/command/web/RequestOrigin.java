package ru.mentoring.command.web;

import org.axonframework.messaging.MetaData;
import ru.mentoring.api.common.Actor;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a command comes from: the acting user and the correlation id of the HTTP request. Controllers take it
 * as a parameter and send it along as the command's metadata.
 */
public record RequestOrigin(Actor actor, String correlationId) {

    public MetaData metaData() {
        Map<String, Object> entries = new HashMap<>(actor.asMetaData());
        entries.put(Actor.CORRELATION_ID, correlationId);
        return MetaData.from(entries);
    }
}
