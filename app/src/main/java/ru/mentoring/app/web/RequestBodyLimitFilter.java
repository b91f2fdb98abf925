package ru.mentoring.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import ru.mentoring.command.web.ApiProblems;

import java.io.IOException;
import java.net.URI;

/**
 * Refuses a request whose body is larger than {@code mentoring.http.max-request-body} with 413 and a problem
 * detail ({@code request.too-large}), before anything else of the application runs. A declared length over the
 * limit is refused unread. A body sent in chunks is read through {@link LimitedBodyRequest}, and its answer held
 * back until the request is handled: whatever a controller made of the failed read, the answer is 413. A page
 * of the admin UI (a file too large sent from a form) gets the UI's Russian error page saying the limit, through
 * the container's error dispatch ({@link ErrorAnswers}), not the API's problem detail.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** The limit in words, for the UI's error page. */
    static final String LIMIT_ATTRIBUTE = RequestBodyLimitFilter.class.getName() + ".limit";

    private static final long MEGABYTE = 1024 * 1024;

    private final DataSize limit;
    private final ObjectMapper json;

    public RequestBodyLimitFilter(@Value("${mentoring.http.max-request-body:2MB}") DataSize limit, ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            refuse(request, response);
        } else if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            readWithinLimit(request, response, chain);
        } else {
            // the container reads no more than the declared length
            chain.doFilter(request, response);
        }
    }

    private void readWithinLimit(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LimitedBodyRequest limited = new LimitedBodyRequest(request, limit.toBytes());
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(limited, held);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!limited.exceeded()) {
                throw failure;
            }
        }
        if (limited.exceeded() && !response.isCommitted()) {
            response.reset();
            refuse(request, response);
        } else {
            held.copyBodyToResponse();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ErrorAnswers.isUiPath(request.getRequestURI())) {
            request.setAttribute(LIMIT_ATTRIBUTE, inWords(limit));
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        ProblemDetail problem = ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "request.too-large",
                "Запрос больше " + inWords(limit));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** 2 МБ, 512 КБ or 1000 байт, as the limit is set. */
    static String inWords(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % MEGABYTE == 0) {
            return bytes / MEGABYTE + " МБ";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " КБ" : bytes + " байт";
    }
}
