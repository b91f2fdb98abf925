package ru.mentoring.command.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import ru.mentoring.command.common.ControlCharacters;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rule of {@link ControlCharacters} for what comes outside a JSON body: query parameters, the admin UI's
 * form fields and path variables, checked once before any controller runs. A refusal is an exception, so that
 * the API answers it as a problem detail and the admin UI with its own error page. The API's requests meet the
 * same check earlier, in {@link ControlCharacterFilter}, before the access policy reads their parameters.
 */
public class ControlCharacterParameters implements HandlerInterceptor {

    /** The names of the parameters that hold a refused character. */
    public static final class Refused extends RuntimeException {

        private final List<String> names;

        Refused(List<String> names) {
            super("control characters in " + names);
            this.names = names;
        }

        public List<String> names() {
            return names;
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<String> refused = refused(request);
        if (!refused.isEmpty()) {
            throw new Refused(refused);
        }
        return true;
    }

    /** The names of the request's parameters and path variables that hold a refused character, sorted. */
    public static List<String> refused(HttpServletRequest request) {
        TreeSet<String> refused = new TreeSet<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!ControlCharacters.acceptable(name)) {
                refused.add(printable(name));
            }
            for (String value : values) {
                if (!ControlCharacters.acceptable(value)) {
                    refused.add(printable(name));
                }
            }
        });
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (value instanceof String text && !ControlCharacters.acceptable(text)) {
                    refused.add(String.valueOf(name));
                }
            });
        }
        return List.copyOf(refused);
    }

    /** A parameter's name as it can be shown back: its refused characters as U+XXXX. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (ControlCharacters.acceptable(Character.toString(c))) {
                shown.appendCodePoint(c);
            } else {
                shown.append(String.format("U+%04X", c));
            }
        });
        return shown.toString();
    }
}
