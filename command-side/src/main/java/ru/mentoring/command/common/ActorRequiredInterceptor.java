package ru.mentoring.command.common;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import ru.mentoring.api.common.Actor;
import ru.mentoring.api.common.ActorRole;

import javax.annotation.Nonnull;

/**
 * Refuses any command that does not say who issued it, so that every stored event can name its actor.
 */
public class ActorRequiredInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(@Nonnull UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         @Nonnull InterceptorChain interceptorChain) throws Exception {
        var metaData = unitOfWork.getMessage().getMetaData();
        Object userId = metaData.get(Actor.USER_ID);
        Object role = metaData.get(Actor.ROLE);
        if (!(userId instanceof String id) || id.isBlank() || !(role instanceof String roleName)
                || !isRole(roleName)) {
            throw new MissingActorException(unitOfWork.getMessage().getCommandName());
        }
        return interceptorChain.proceed();
    }

    private static boolean isRole(String name) {
        for (ActorRole role : ActorRole.values()) {
            if (role.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
