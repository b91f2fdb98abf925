package ru.mentoring.command.placement;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.people.PersonalData;
import ru.mentoring.api.program.AppointNewCurator;
import ru.mentoring.api.program.EnrollNewMentee;
import ru.mentoring.api.program.EnrollNewMentor;

/**
 * Registers a new person and then sends the command that gives them their place, both inside this command's unit
 * of work and transaction: the two commands run as nested units of work that join it, so their register row and
 * events are stored only when both are accepted. A refused placement throws its own refusal on to the sender and
 * rolls the registration back with it. Each command goes through the bus with the sender as its actor, so it meets
 * its own checks — validation, the access guard, its rules — as when sent alone.
 */
@Component
class NewPersonPlacement {

    private static final String[] ACTOR = {Actor.USER_ID, Actor.ROLE, Actor.REGION, Actor.MUNICIPALITY,
            Actor.ORGANIZATION};

    /** Without the application gateway's conflict retries: a retry runs on its own thread, outside this transaction. */
    private final CommandGateway commands;

    NewPersonPlacement(CommandBus commandBus) {
        this.commands = DefaultCommandGateway.builder().commandBus(commandBus).build();
    }

    @CommandHandler
    void handle(EnrollNewMentee command, MetaData metaData) {
        place(command.person(), command.enrollment().personId(), command.enrollment(), metaData);
    }

    @CommandHandler
    void handle(EnrollNewMentor command, MetaData metaData) {
        place(command.person(), command.enrollment().personId(), command.enrollment(), metaData);
    }

    @CommandHandler
    void handle(AppointNewCurator command, MetaData metaData) {
        place(command.person(), command.appointment().curatorId(), command.appointment(), metaData);
    }

    private void place(PersonalData person, PersonId personId, Object placement, MetaData metaData) {
        MetaData sender = metaData.subset(ACTOR);
        commands.sendAndWait(person.registration(personId), sender);
        commands.sendAndWait(placement, sender);
    }
}
