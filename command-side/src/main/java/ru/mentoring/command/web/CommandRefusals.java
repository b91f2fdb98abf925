package ru.mentoring.command.web;

import jakarta.validation.ConstraintViolation;
import org.axonframework.messaging.interceptors.JSR303ViolationException;

import java.util.Comparator;
import java.util.List;

/**
 * The Russian sentences for a command that is refused without a domain rule of its own, the same for the API's
 * problem answers and the admin UI's pages.
 */
public final class CommandRefusals {

    public static final String CONCURRENT_CHANGE =
            "Эти данные только что изменила другая команда; обновите страницу и повторите";
    public static final String ALREADY_EXISTS = "Объект с таким идентификатором уже создан";

    private CommandRefusals() {
    }

    public static String notFound(Object aggregateIdentifier) {
        return "Объект " + aggregateIdentifier + " не найден";
    }

    /** The failed checks of a command, ordered by the field they concern. */
    public static List<ConstraintViolation<Object>> violations(JSR303ViolationException invalid) {
        return invalid.getViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .toList();
    }
}
