package ru.mentoring.app.security.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import ru.mentoring.command.web.ApiProblems;

import java.io.IOException;

/**
 * How a call without a valid bearer token is answered: 401 with the {@code WWW-Authenticate} challenge RFC 6750
 * asks for (Spring Security's), and a problem detail with a code and a Russian message instead of an empty body —
 * {@code authentication.required} when no token came, {@code authentication.invalid} when it was refused.
 */
public class AuthenticationAnswers implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final ObjectMapper json;

    public AuthenticationAnswers(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        challenge.commence(request, response, refused);
        ProblemDetail problem = refused instanceof OAuth2AuthenticationException
                ? ApiProblems.problem(HttpStatus.UNAUTHORIZED, "authentication.invalid",
                        "Токен доступа не принят: он повреждён, просрочен или отозван; получите новый")
                : ApiProblems.problem(HttpStatus.UNAUTHORIZED, "authentication.required",
                        "Нужна аутентификация: передайте токен доступа в заголовке Authorization: Bearer …");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
