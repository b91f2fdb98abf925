package ru.mentoring.command.access;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import ru.mentoring.api.access.AccessPolicy;
import ru.mentoring.api.access.Place;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;
import ru.mentoring.api.people.RegisterPerson;
import ru.mentoring.command.common.DomainRuleViolation;
import ru.mentoring.command.common.MissingActorException;

import javax.annotation.Nonnull;
import java.util.List;

/**
 * Applies the access policy to every command, whoever sent it (the API, the admin UI, a policy): what the
 * command acts on is looked up where it lies ({@link CommandTargets}) inside the command's own transaction, and
 * a sender whose role or scope does not reach all of it is refused before any handler runs. A command on a thing that
 * does not exist goes on to its handler, which answers that it does not exist; one that would make a program or
 * road map for an organization the directory does not know is refused. Registering a person names no target:
 * the person is placed where the sender acts.
 */
class CommandAccessGuard implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CommandTargets targets;

    CommandAccessGuard(CommandTargets targets) {
        this.targets = targets;
    }

    @Override
    public Object handle(@Nonnull UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         @Nonnull InterceptorChain interceptorChain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Actor actor = Actor.fromMetaData(command.getMetaData())
                .orElseThrow(() -> new MissingActorException(command.getCommandName()));
        if (actor.role() == ActorRole.SYSTEM) {
            // the engine's own policies and deadlines: no outside identity can carry this role, nothing to look up
            return interceptorChain.proceed();
        }
        if (!AccessPolicy.roleAllows(actor.role(), AccessPolicy.Action.COMMAND)) {
            throw new AccessDenied("Роль " + actor.role() + " не отдаёт команд: только читает");
        }
        if (!(command.getPayload() instanceof RegisterPerson)) {
            List<List<Place>> things = targets.of(command.getPayload());
            if (things.isEmpty()) {
                targets.unknownOwner(command.getPayload()).ifPresent(owner -> {
                    throw new DomainRuleViolation("organization.unknown",
                            "Организация или территория " + owner + " не зарегистрирована в справочнике");
                });
            }
            if (things.stream().anyMatch(places -> !AccessPolicy.allows(actor, AccessPolicy.Action.COMMAND, places))) {
                throw new AccessDenied("Нет доступа: это за пределами вашей территории или организации");
            }
        } else if (actor.scope().region() == null && actor.scope().organizationId() == null) {
            throw new AccessDenied(
                    "Нет доступа: регистрировать людей может только сотрудник территории или организации");
        }
        return interceptorChain.proceed();
    }
}
