package ru.mentoring.app.security.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import ru.mentoring.command.access.AccessDenied;
import ru.mentoring.command.web.ApiProblems;

import java.io.IOException;

/**
 * How a refused request is answered: an API caller gets a problem detail — 404 for a thing outside the scope, as
 * if it did not exist, 403 {@code access.denied} otherwise — and a person in the admin UI the matching page. A
 * request from a signed-in session without its valid CSRF token (a form left open across a new sign-in, or a
 * script using the browser's cookie) is no matter of role: it is told so ({@code csrf.invalid}, or the UI's page
 * «Форма устарела»).
 */
public class RefusalAnswers implements AccessDeniedHandler {

    private final ObjectMapper json;

    /** Request attribute for the «not found» page: what was not found, when a list request named it. */
    public static final String NOT_FOUND_DETAIL = RefusalAnswers.class.getName() + ".notFoundDetail";

    /** Request attribute for the refusal page: the message key, when the refusal is not the role's. */
    public static final String FORBIDDEN_MESSAGE = RefusalAnswers.class.getName() + ".forbiddenMessage";

    static final String CSRF_CODE = "csrf.invalid";

    public RefusalAnswers(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        boolean hidden = Boolean.TRUE.equals(request.getAttribute(EndpointAuthorization.HIDDEN));
        ScopeMiss miss = hidden ? (ScopeMiss) request.getAttribute(EndpointAuthorization.MISS) : null;
        boolean csrf = denied instanceof CsrfException;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/ui")) {
            if (miss != null) {
                request.setAttribute(NOT_FOUND_DETAIL, miss.detail());
            }
            if (csrf) {
                request.setAttribute(FORBIDDEN_MESSAGE, "error.staleForm");
            }
            response.setStatus(hidden ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(hidden ? "/ui/not-found" : "/ui/forbidden").forward(request, response);
            return;
        }
        HttpStatus status = hidden ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN;
        ProblemDetail problem = miss != null ? missing(miss)
                : hidden ? ApiProblems.problem(status, "not-found", "Не найдено")
                : csrf ? ApiProblems.problem(status, CSRF_CODE, "Запрос из сеанса браузера без действительного "
                + "CSRF-токена: передайте токен страницы (заголовок X-CSRF-TOKEN) или вызывайте API с токеном "
                + "доступа (Authorization: Bearer)")
                : ApiProblems.problem(status, AccessDenied.CODE,
                "Нет доступа: это не разрешено вашей роли или лежит за пределами вашей территории");
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static ProblemDetail missing(ScopeMiss miss) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.NOT_FOUND, miss.code(), miss.detail());
        problem.setProperty("name", miss.name());
        problem.setProperty("closest", miss.closest());
        return problem;
    }
}
