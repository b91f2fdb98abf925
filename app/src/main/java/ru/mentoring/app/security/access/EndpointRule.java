package ru.mentoring.app.security.access;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The rule of one endpoint, or of every endpoint under a pattern: a request method ({@code null} for any) and
 * a path pattern whose variables name the thing acted on ({@code pairId}, {@code programId}, {@code roadMapId},
 * {@code organizationId}, {@code personId}, or an audit's {@code id}).
 */
public record EndpointRule(HttpMethod method, PathPattern pattern, Access access) {

    static EndpointRule of(HttpMethod method, String pattern, Access access) {
        return new EndpointRule(method, PathPatternParser.defaultInstance.parse(pattern), access);
    }

    boolean matches(String method, org.springframework.http.server.PathContainer path) {
        return (this.method == null || this.method.matches(method)) && pattern.matches(path);
    }
}
