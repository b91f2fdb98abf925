package ru.mentoring.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import ru.mentoring.command.web.ApiProblems;
import ru.mentoring.command.web.FrameworkProblems;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Tomcat's own answer to a request it refuses before any servlet runs — above all a request line with bytes a URL
 * may not hold, such as Cyrillic letters sent unencoded in a query string — in place of its English HTML page:
 * a problem detail with a code and a Russian message, or a small Russian page for the admin UI. Tomcat is right to
 * refuse such a request (it cannot know the bytes' encoding, and its {@code relaxedQueryChars} admits only a few
 * ASCII characters), so the answer tells the caller how to send it instead.
 */
class ContainerErrorReport extends ErrorReportValve {

    static final String MALFORMED = "request.malformed";
    static final String MALFORMED_DETAIL = "Запрос не разобран: его строка или заголовки нарушают HTTP "
            + "(недопустимые символы, слишком длинные заголовки). Русские буквы и другие символы вне ASCII "
            + "передавайте в адресе закодированными в UTF-8 с процентами (например, «Р» — %D0%A0)";

    private final ObjectMapper json;

    ContainerErrorReport(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            boolean forPeople = forPeople(request.getRequestURI());
            // the type and encoding first: the writer takes the encoding it finds
            response.setContentType(forPeople ? MediaType.TEXT_HTML_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer == null) {
                return;
            }
            writer.write(forPeople ? page(status) : json.writeValueAsString(problem(status, parseFailure(request))));
            writer.flush();
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer was started after all: there is nothing left to tell
            container.getLogger().debug("No error report for status " + status, e);
        }
    }

    /**
     * Whether the address is a page of the admin UI. A request line too broken to read has no address: it is taken
     * for a program's call, since browsers encode every address they send.
     */
    private static boolean forPeople(String uri) {
        return uri != null && (uri.equals("/ui") || uri.startsWith("/ui/") || uri.equals("/login"));
    }

    /** Tomcat stores why it could not parse the request, the only reason it answers before a servlet runs. */
    private static boolean parseFailure(Request request) {
        return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof IllegalArgumentException;
    }

    static ProblemDetail problem(int status, boolean parseFailure) {
        HttpStatus resolved = HttpStatus.resolve(status);
        if (status == 400 && parseFailure || resolved == null) {
            return ApiProblems.problem(HttpStatus.BAD_REQUEST, MALFORMED, MALFORMED_DETAIL);
        }
        return FrameworkProblems.withCode(ProblemDetail.forStatus(resolved), resolved);
    }

    private static String page(int status) {
        String message = status == 400 ? "Неверный запрос: в адресе или заголовках есть недопустимые символы."
                : status < 500 ? "Запрос не выполнен." : "Внутренняя ошибка сервера.";
        return "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\"><title>Ошибка</title></head>"
                + "<body><h1>Ошибка " + status + "</h1><p>" + message + "</p>"
                + "<p><a href=\"/ui/programs\">К списку программ</a></p></body></html>";
    }
}
