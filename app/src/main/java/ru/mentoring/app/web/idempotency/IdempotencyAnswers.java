package ru.mentoring.app.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import ru.mentoring.command.web.ApiProblems;

import java.io.IOException;
import java.net.URI;

/**
 * The answers {@link IdempotencyFilter} gives itself, without the command: a kept answer given again, and the
 * problem details (with their {@code code}) of a key that cannot be used now.
 */
final class IdempotencyAnswers {

    private static final String IN_PROGRESS_RETRY_AFTER_SECONDS = "1";
    private static final String UNAVAILABLE_RETRY_AFTER_SECONDS = "5";

    private final ObjectMapper json;

    IdempotencyAnswers(ObjectMapper json) {
        this.json = json;
    }

    /** The first answer again: its status, {@code Location}, {@code Content-Type} and body. */
    void replay(HttpServletResponse response, KeptAnswer kept) throws IOException {
        response.setStatus(kept.status());
        if (kept.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, kept.location());
        }
        if (kept.contentType() != null) {
            response.setContentType(kept.contentType());
        }
        response.setHeader(IdempotencyFilter.REPLAYED, "true");
        byte[] body = kept.body() == null ? new byte[0] : kept.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    void invalidKey(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refuse(request, response, ApiProblems.problem(HttpStatus.BAD_REQUEST, "idempotency.key-invalid",
                "Заголовок " + IdempotencyFilter.HEADER + " должен содержать от 1 до 200 печатных символов ASCII"));
    }

    void keyReused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refuse(request, response, ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency.key-reused",
                "Ключ " + IdempotencyFilter.HEADER + " уже использован для другого запроса: для новой команды нужен"
                        + " новый ключ"));
    }

    void inProgress(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, IN_PROGRESS_RETRY_AFTER_SECONDS);
        refuse(request, response, ApiProblems.problem(HttpStatus.CONFLICT, "idempotency.in-progress",
                "Запрос с этим ключом " + IdempotencyFilter.HEADER + " ещё выполняется: повторите его позже"));
    }

    /** PostgreSQL cannot be reached: whatever was begun of the answer is dropped. */
    void unavailable(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        response.reset();
        response.setHeader(HttpHeaders.RETRY_AFTER, UNAVAILABLE_RETRY_AFTER_SECONDS);
        refuse(request, response, ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "database.unavailable", detail));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
