package ru.mentoring.app.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import ru.mentoring.app.security.SignedInOrigin;
import ru.mentoring.app.security.UiUser;
import ru.mentoring.command.common.DomainRuleViolation;
import ru.mentoring.command.web.CommandRefusals;

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
        return send(command, user, request, DomainRuleViolation.class);
    }

    /**
     * As {@link #send(Object, UiUser, HttpServletRequest)}, except that a refusal of the type {@code kept} is
     * thrown on, for a page that shows more of it than its sentence (the unmet conditions of a stage).
     */
    public <E extends DomainRuleViolation> Optional<String> send(Object command, UiUser user,
                                                                 HttpServletRequest request, Class<E> kept) {
        try {
            commands.sendAndWait(command, SignedInOrigin.of(user, request).metaData());
            return Optional.empty();
        } catch (DomainRuleViolation refused) {
            if (kept != DomainRuleViolation.class && kept.isInstance(refused)) {
                throw kept.cast(refused);
            }
            return Optional.of(refused.getMessage());
        } catch (JSR303ViolationException invalid) {
            return Optional.of(CommandRefusals.violations(invalid).stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .collect(Collectors.joining("; ", "Данные не приняты — ", "")));
        } catch (AggregateNotFoundException missing) {
            return Optional.of(CommandRefusals.notFound(missing.getAggregateIdentifier()));
        } catch (AggregateStreamCreationException exists) {
            return Optional.of(CommandRefusals.ALREADY_EXISTS);
        } catch (ConcurrencyException | DuplicateKeyException concurrent) {
            return Optional.of(CommandRefusals.CONCURRENT_CHANGE);
        }
    }
}
