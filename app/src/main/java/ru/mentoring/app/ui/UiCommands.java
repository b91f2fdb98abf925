package ru.mentoring.app.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.interceptors.JSR303ViolationException;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import ru.mentoring.api.people.ErasePersonalData;
import ru.mentoring.api.people.RegisterPerson;
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

    private static final Logger LOG = LoggerFactory.getLogger(UiCommands.class);
    private static final String NOT_PLACED = "Шаг, для которого человек внесён в реестр, не выполнен: ";

    private final CommandGateway commands;

    UiCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * Puts a new person into the register, then sends the command that gives them their place (enrollment in a
     * base, appointment as curator). When that command is refused, the person's data are erased again: the
     * register keeps no one's name for a step that did not happen, and the page can be sent again as it was. The
     * same happens when that command fails unexpectedly, before the failure goes on to the error page.
     *
     * @return the reason either command was refused, in Russian; empty when both were accepted
     */
    public Optional<String> sendForNewPerson(RegisterPerson registration, Object placement, UiUser user,
                                             HttpServletRequest request) {
        Optional<String> refused = send(registration, user, request);
        if (refused.isPresent()) {
            return refused;
        }
        try {
            refused = send(placement, user, request);
        } catch (RuntimeException failed) {
            try {
                erase(registration, "сбой при отправке", user, request);
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
        refused.ifPresent(reason -> erase(registration, reason, user, request));
        return refused;
    }

    private void erase(RegisterPerson registration, String reason, UiUser user, HttpServletRequest request) {
        send(new ErasePersonalData(registration.personId(), NOT_PLACED + abbreviate(reason,
                500 - NOT_PLACED.length())), user, request)
                .ifPresent(notErased -> LOG.warn("Person {} was registered for a refused step and could not be "
                        + "erased: {}", registration.personId(), notErased));
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

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
