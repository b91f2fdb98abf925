package ru.mentoring.app.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import ru.mentoring.app.security.SignedInOrigin;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.command.common.DomainRuleViolation;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sends a command from a page on behalf of the signed-in user and turns a refusal into the sentence the page
 * shows: the domain's own message for a broken rule, the failed checks for invalid input. Anything else is
 * not the user's doing and goes on to {@link UiErrorAdvice}.
 */
@Component
public class UiCommands {

    private final CommandGateway commands;

    UiCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * Sends the command and waits until it is decided and stored.
     *
     * @return the reason it was refused, in Russian; empty when it was accepted
     */
    public Optional<String> send(Object command, UiUser user, HttpServletRequest request) {
        try {
            commands.sendAndWait(command, SignedInOrigin.of(user, request).metaData());
            return Optional.empty();
        } catch (DomainRuleViolation refused) {
            return Optional.of(refused.getMessage());
        } catch (JSR303ViolationException invalid) {
            return Optional.of(invalid.getViolations().stream()
                    .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .collect(Collectors.joining("; ", "Данные не приняты — ", "")));
        } catch (AggregateNotFoundException missing) {
            return Optional.of("Объект " + missing.getAggregateIdentifier() + " не найден");
        } catch (ConcurrencyException | DuplicateKeyException concurrent) {
            return Optional.of("Эти данные только что изменила другая команда; обновите страницу и повторите");
        }
    }
}
