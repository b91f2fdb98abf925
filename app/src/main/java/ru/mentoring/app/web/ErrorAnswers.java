package ru.mentoring.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import ru.mentoring.command.web.CorrelationIdFilter;
import ru.mentoring.command.web.FrameworkProblems;

import java.net.URI;

/**
 * What the servlet container's error dispatch answers (a request the firewall rejects, an exception thrown in a
 * filter) instead of Spring Boot's default body: for the API a problem detail with a code, for the admin UI its
 * Russian error page. Never a stack trace.
 */
@Controller
class ErrorAnswers implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        if (status.is5xxServerError()) {
            log.error("Request {} failed before any controller (correlation id {})", path, correlationId,
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        if (isUiPath(path)) {
            ModelAndView page = new ModelAndView("error-page");
            page.setStatus(status);
            page.addObject("message", switch (status.value()) {
                case 400 -> "error.badRequest";
                case 403 -> "error.forbidden";
                case 404 -> "error.notFound";
                case 413 -> "error.tooLarge";
                default -> "error.internal";
            });
            page.addObject("arguments", request.getAttribute(RequestBodyLimitFilter.LIMIT_ATTRIBUTE));
            page.addObject("correlationId", status.is5xxServerError() ? correlationId : null);
            return page;
        }
        ProblemDetail problem = FrameworkProblems.withCode(ProblemDetail.forStatus(status), status);
        if (!path.isEmpty()) {
            problem.setInstance(URI.create(path.replace(" ", "%20")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Whether a request's path is the admin UI's, whose errors are pages rather than problem details. */
    static boolean isUiPath(String path) {
        return path.equals("/ui") || path.startsWith("/ui/") || path.equals("/login");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null) {
            // /error asked for as a page of its own, not an error being answered: there is no such page
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
