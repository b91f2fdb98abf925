package ru.mentoring.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 7807 answers of the query API, with the same stable {@code code} property as the command API's.
 */
public final class QueryProblems {

    private QueryProblems() {
    }

    public static ErrorResponseException problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return new ErrorResponseException(status, problem, null);
    }

    public static ErrorResponseException programNotFound(Object programId) {
        return problem(HttpStatus.NOT_FOUND, "program.not-found", "Программа " + programId + " не найдена");
    }

    public static ErrorResponseException badRequest(String reason) {
        return problem(HttpStatus.BAD_REQUEST, "validation.failed", "Неверные параметры запроса: " + reason);
    }
}
