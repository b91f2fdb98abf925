package ru.mentoring.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import ru.mentoring.command.web.DatabaseOutage;

import java.io.IOException;
import java.net.URI;

/**
 * An unreachable database met before any controller runs — checking a bearer token's client, issuing a token,
 * loading a signed-in user — would otherwise leave the filters as an exception and come back as a 500 from the
 * container. This filter, outside the security chain, answers it as the controllers do: 503 with
 * {@code Retry-After}, a problem detail ({@code database.unavailable}) for the API, a short page in Russian for
 * the admin UI.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ObjectMapper json;

    public DatabaseOutageFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Request {} {} refused, the database is unavailable: {}", request.getMethod(),
                    request.getRequestURI(), failure.toString());
            response.reset();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.retryAfter());
            response.setCharacterEncoding("UTF-8");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/ui")) {
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.getWriter().write("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\">"
                        + "<title>Ошибка</title></head><body><h1>Ошибка</h1><p>"
                        + HtmlUtils.htmlEscape(DatabaseOutage.MESSAGE) + "</p></body></html>");
            } else {
                ProblemDetail problem = DatabaseOutage.problem();
                problem.setInstance(URI.create(request.getRequestURI()));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(response.getOutputStream(), problem);
            }
        }
    }
}
