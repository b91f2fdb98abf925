package ru.mentoring.app.agreement;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import ru.mentoring.command.common.DomainRuleViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends one thing's commands as one actor and keeps what became of each: a refusal by a rule of the domain is a
 * step the generated sequence may well contain, so it is noted and passed over; anything else fails the try. The
 * notes are the sequence to reproduce a disagreement with.
 */
final class CommandLog {

    private final CommandGateway commands;
    private final MetaData actor;
    private final List<String> lines = new ArrayList<>();

    CommandLog(CommandGateway commands, MetaData actor) {
        this.commands = commands;
        this.actor = actor;
    }

    /** Whether the command was accepted. */
    boolean send(Object command) {
        try {
            commands.sendAndWait(command, actor);
            lines.add("  + " + command);
            return true;
        } catch (DomainRuleViolation refused) {
            lines.add("  - " + command + "  refused: " + refused.getCode());
            return false;
        }
    }

    void note(String line) {
        lines.add("  # " + line);
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
