package ru.mentoring.command.common;

/**
 * A command arrived without an actor (user id and role) in its metadata.
 */
public class MissingActorException extends RuntimeException {

    public MissingActorException(String commandName) {
        super("Команда " + commandName + " не указывает, кто её отдал (нет пользователя или роли)");
    }
}
