package ru.mentoring.app.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import ru.mentoring.command.access.AccessDenied;
import ru.mentoring.command.web.CorrelationIdFilter;
import ru.mentoring.command.web.DatabaseOutage;

/**
 * What a page shows when a request to the admin UI fails outside the forms' own checks: a page in Russian
 * with the layout around it, never a stack trace and never the API's JSON problem details. Goes before
 * the API's advice, for the UI's controllers only.
 */
@ControllerAdvice(basePackageClasses = UiErrorAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(UiErrorAdvice.class);

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badAddress(Exception exception) {
        return page(HttpStatus.BAD_REQUEST, "error.badRequest", null);
    }

    /** A command the bus refused for the user's role or territory: the same page as a refused address. */
    @ExceptionHandler
    ModelAndView refused(AccessDenied denied) {
        return page(HttpStatus.FORBIDDEN, "error.forbidden", null);
    }

    @ExceptionHandler({NoResourceFoundException.class, UnknownSubject.class})
    ModelAndView notFound(Exception exception) {
        return page(HttpStatus.NOT_FOUND, "error.notFound", null);
    }

    /**
     * Anything else is logged in full and shown with the code to report — except a database that cannot be
     * reached: 503 with a page asking to try again in a moment.
     */
    @ExceptionHandler
    ModelAndView unexpected(Exception exception, HttpServletRequest request, HttpServletResponse response) {
        Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        if (DatabaseOutage.causedBy(exception)) {
            log.warn("Admin UI request {} {} refused, the database is unavailable (correlation id {}): {}",
                    request.getMethod(), request.getRequestURI(), correlationId, exception.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.retryAfter());
            return page(HttpStatus.SERVICE_UNAVAILABLE, "error.databaseUnavailable", null);
        }
        log.error("Admin UI request {} {} failed (correlation id {})", request.getMethod(), request.getRequestURI(),
                correlationId, exception);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal", correlationId);
    }

    private static ModelAndView page(HttpStatus status, String message, Object correlationId) {
        ModelAndView page = new ModelAndView("error-page");
        page.setStatus(status);
        page.addObject("message", message);
        page.addObject("correlationId", correlationId);
        return page;
    }
}
