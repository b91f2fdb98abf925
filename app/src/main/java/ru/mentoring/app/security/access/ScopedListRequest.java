package ru.mentoring.app.security.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Hands a list's controller the filters {@link EndpointAuthorization} narrowed to the identity's scope, in place of
 * the request's own.
 */
public class ScopedListRequest extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        @SuppressWarnings("unchecked")
        Map<String, String[]> narrowed = (Map<String, String[]>) request.getAttribute(EndpointAuthorization.NARROWED);
        chain.doFilter(narrowed == null ? request : new Narrowed(request, narrowed), response);
    }

    private static final class Narrowed extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        Narrowed(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = Map.copyOf(parameters);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
