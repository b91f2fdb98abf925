package ru.mentoring.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.mentoring.command.common.ControlCharacters;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * Refuses an API request whose query or form parameters hold a character {@link ControlCharacters} refuses, with
 * 400 and a problem detail naming them, before anything else reads them: the access policy narrows a list by
 * its parameters, and a region with a NUL in it would otherwise be answered as a territory out of reach (404).
 * The admin UI's pages are left to {@link ControlCharacterParameters}, which answers them with a page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ControlCharacterFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    ControlCharacterFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/ui") || path.startsWith("/ui/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> refused = ControlCharacterParameters.refused(request);
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = ApiProblems.invalidInput(ControlCharacters.CODE, refused.stream()
                .map(name -> new ApiProblems.FieldError(name, ControlCharacters.REFUSED))
                .toList());
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
