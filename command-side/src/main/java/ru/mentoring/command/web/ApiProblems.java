package ru.mentoring.command.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import ru.mentoring.command.common.ControlCharacters;

import java.util.List;

/**
 * Builds the RFC 7807 answers of the API: a status, a stable {@code code} and a message for people; for
 * malformed input also the list of fields at fault.
 */
public final class ApiProblems {

    private ApiProblems() {
    }

    /** One field of the input and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }

    public static ProblemDetail invalidInput(List<FieldError> errors) {
        return invalidInput("validation.failed", errors);
    }

    /**
     * Malformed input under a code of its own ({@code input.invalid}: text the application takes from no one,
     * see {@link ControlCharacters}), in the same shape as the failed checks.
     */
    public static ProblemDetail invalidInput(String code, List<FieldError> errors) {
        String detail = errors.isEmpty() ? "Неверные данные запроса"
                : "Неверные данные: " + String.join("; ",
                        errors.stream().map(error -> error.field() + " — " + error.message()).toList());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, code, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
