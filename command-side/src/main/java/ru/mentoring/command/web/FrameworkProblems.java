package ru.mentoring.command.web;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What Spring MVC answers on its own — a parameter of the wrong type, a method or content type the endpoint does
 * not take — in the API's terms: a stable {@code code} and a Russian message, so that a client tells every
 * refusal apart by its code alone.
 */
public final class FrameworkProblems {

    private record Refusal(String code, String detail) {
    }

    private static final Map<Integer, Refusal> BY_STATUS = Map.of(
            400, new Refusal("request.invalid", "Неверный запрос"),
            404, new Refusal("not-found", "По этому адресу ничего нет"),
            405, new Refusal("method.not-allowed", "Этот адрес не принимает такой метод запроса"),
            406, new Refusal("media-type.not-acceptable", "Ответ в запрошенном формате не поддерживается"),
            413, new Refusal("request.too-large", "Запрос слишком велик"),
            415, new Refusal("media-type.unsupported", "Этот адрес не принимает такой тип содержимого"));

    private FrameworkProblems() {
    }

    /** The framework's problem with a code and a Russian message added, unless it already has a code. */
    public static ProblemDetail withCode(ProblemDetail problem, HttpStatusCode status) {
        if (problem.getProperties() != null && problem.getProperties().containsKey("code")) {
            return problem;
        }
        Refusal refusal = BY_STATUS.getOrDefault(status.value(),
                new Refusal(status.is5xxServerError() ? "internal-error" : "request.refused", "Запрос не выполнен"));
        problem.setDetail(refusal.detail());
        problem.setProperty("code", refusal.code());
        return problem;
    }

    /** A path variable or query parameter that does not read as its type, named, with what it should be. */
    static ProblemDetail typeMismatch(TypeMismatchException mismatch) {
        String name = mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : mismatch.getPropertyName();
        return ApiProblems.invalidInput(List.of(new ApiProblems.FieldError(name, expected(mismatch.getRequiredType()))));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "значение не распознано";
        }
        if (type.isEnum()) {
            return "допустимые значения: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "ожидается идентификатор (UUID)";
        }
        if (type == LocalDate.class) {
            return "ожидается дата в форме ГГГГ-ММ-ДД";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "ожидается дата и время в форме ISO 8601";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "ожидается целое число";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "ожидается true или false";
        }
        return "значение не распознано";
    }
}
