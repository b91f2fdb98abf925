package ru.mentoring.command.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.validation.ConstraintViolation;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import ru.mentoring.command.common.DomainRuleViolation;
import ru.mentoring.command.access.AccessDenied;
import ru.mentoring.command.common.MissingActorException;
import ru.mentoring.command.web.ApiProblems.FieldError;
import ru.mentoring.command.common.ControlCharacterInterceptor;
import ru.mentoring.command.common.ControlCharacters;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static ru.mentoring.command.web.ApiProblems.problem;

/**
 * Turns what a command or a request can go wrong with into problem details: malformed input is 400 naming
 * the field, a refused business rule is 422 with the rule in words, an unknown aggregate 404, a concurrent
 * change 409, an unreachable database 503. Never a stack trace.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** How Spring MVC begins the message of a required body that is absent (the same exception as a broken one). */
    private static final String BODY_MISSING = "Required request body is missing";

    @ExceptionHandler
    ProblemDetail ruleViolated(DomainRuleViolation violation) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, violation.getCode(), violation.getMessage());
    }

    @ExceptionHandler
    ProblemDetail controlCharacterInCommand(ControlCharacterInterceptor.Refused refused) {
        return ApiProblems.invalidInput(ControlCharacters.CODE,
                List.of(new FieldError(refused.field(), ControlCharacters.REFUSED)));
    }

    @ExceptionHandler
    ProblemDetail accessDenied(AccessDenied denied) {
        return problem(HttpStatus.FORBIDDEN, AccessDenied.CODE, denied.getMessage());
    }

    @ExceptionHandler({UnidentifiedActorException.class, MissingActorException.class})
    ProblemDetail actorUnknown(RuntimeException exception) {
        return problem(HttpStatus.BAD_REQUEST, "actor.unidentified", exception.getMessage());
    }

    @ExceptionHandler
    ProblemDetail commandInvalid(JSR303ViolationException exception) {
        return ApiProblems.invalidInput(CommandRefusals.violations(exception).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList());
    }

    @ExceptionHandler
    ProblemDetail parametersRefused(ControlCharacterParameters.Refused refused) {
        return ApiProblems.invalidInput(ControlCharacters.CODE, refused.names().stream()
                .map(name -> new FieldError(name, ControlCharacters.REFUSED))
                .toList());
    }

    @ExceptionHandler
    ProblemDetail notFound(AggregateNotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, "not-found", CommandRefusals.notFound(exception.getAggregateIdentifier()));
    }

    @ExceptionHandler
    ProblemDetail alreadyExists(AggregateStreamCreationException exception) {
        return problem(HttpStatus.CONFLICT, "already-exists", CommandRefusals.ALREADY_EXISTS);
    }

    @ExceptionHandler({ConcurrencyException.class, DuplicateKeyException.class})
    ProblemDetail concurrentChange(RuntimeException exception) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", CommandRefusals.CONCURRENT_CHANGE);
    }

    /**
     * Anything else is our fault: logged in full, answered without internals — unless the database could not be
     * reached, which is 503 with {@code Retry-After} (however Axon or Spring wrapped it) and one line in the log.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception exception, WebRequest request) {
        Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE, WebRequest.SCOPE_REQUEST);
        if (DatabaseOutage.causedBy(exception)) {
            log.warn("Request {} refused, the database is unavailable (correlation id {}): {}",
                    request.getDescription(false), correlationId, exception.toString());
            return DatabaseOutage.answer();
        }
        log.error("Request {} failed (correlation id {})", request.getDescription(false), correlationId, exception);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Внутренняя ошибка сервера; сообщите администратору код " + correlationId));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(@NonNull TypeMismatchException exception,
                                                        @NonNull HttpHeaders headers,
                                                        @NonNull HttpStatusCode status,
                                                        @NonNull WebRequest request) {
        return ResponseEntity.badRequest().body(FrameworkProblems.typeMismatch(exception));
    }

    /** Whatever Spring MVC answers by itself gets the API's code and a Russian message too. */
    @Override
    @NonNull
    protected ResponseEntity<Object> createResponseEntity(Object body, @NonNull HttpHeaders headers,
                                                          @NonNull HttpStatusCode status,
                                                          @NonNull WebRequest request) {
        Object coded = body instanceof ProblemDetail problem ? FrameworkProblems.withCode(problem, status) : body;
        return super.createResponseEntity(coded, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException exception,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ResponseEntity.badRequest().body(ApiProblems.invalidInput(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException exception,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        if (exception.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            if (mapping instanceof ControlCharacterModule.Refused) {
                return ResponseEntity.badRequest().body(ApiProblems.invalidInput(ControlCharacters.CODE,
                        List.of(new FieldError(field, ControlCharacters.REFUSED))));
            }
            String message = "значение не распознано";
            if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()) {
                message = "допустимые значения: " + java.util.Arrays.stream(invalid.getTargetType().getEnumConstants())
                        .map(String::valueOf).collect(Collectors.joining(", "));
            }
            return ResponseEntity.badRequest().body(ApiProblems.invalidInput(List.of(new FieldError(field, message))));
        }
        if (exception.getCause() == null && String.valueOf(exception.getMessage()).startsWith(BODY_MISSING)) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "request.body-missing",
                    "Нет тела запроса: этот адрес ждёт данные в формате JSON"));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "request.unreadable",
                "Тело запроса не является корректным JSON"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            @NonNull MissingServletRequestParameterException exception, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        return ResponseEntity.badRequest().body(ApiProblems.invalidInput(List.of(
                new FieldError(exception.getParameterName(), "обязательный параметр не указан"))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(@NonNull MissingServletRequestPartException exception,
                                                                     @NonNull HttpHeaders headers,
                                                                     @NonNull HttpStatusCode status,
                                                                     @NonNull WebRequest request) {
        return ResponseEntity.badRequest().body(ApiProblems.invalidInput(List.of(
                new FieldError(exception.getRequestPartName(), "обязательная часть запроса не передана"))));
    }

    /** A header an endpoint requires and the request lacks, by its name; any other binding as Spring has it. */
    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            @NonNull ServletRequestBindingException exception, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        if (exception instanceof MissingRequestHeaderException missing) {
            return ResponseEntity.badRequest().body(ApiProblems.invalidInput(List.of(
                    new FieldError(missing.getHeaderName(), "обязательный заголовок не указан"))));
        }
        return super.handleServletRequestBindingException(exception, headers, status, request);
    }
}
