package ru.mentoring.command.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Sends a command whose body came over HTTP, with the ids from the path filled in (see {@link CommandBodies}),
 * on behalf of the request's actor; answers 204 once the command is decided and stored.
 */
@Component
public class PathCommands {

    private final CommandGateway commands;

    PathCommands(CommandGateway commands) {
        this.commands = commands;
    }

    public <C extends Record> ResponseEntity<Void> send(C body, Map<String, Object> fromPath, RequestOrigin origin) {
        commands.sendAndWait(CommandBodies.with(body, fromPath), origin.metaData());
        return ResponseEntity.noContent().build();
    }
}
