package ru.mentoring.command.common;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import ru.mentoring.api.common.RecordComponents;

import javax.annotation.Nonnull;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The command bus's own check of {@link ControlCharacters}, behind the HTTP edge's: a command built from an
 * imported file (CSV, XLSX) or by the engine itself never passed through the JSON rule, and no event may carry
 * a character that PostgreSQL or a person's screen cannot take. Walks the command's records, lists and maps.
 */
public class ControlCharacterInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final int DEPTH = 8;

    /** A command with a refused character; the field is its path inside the command. */
    public static final class Refused extends DomainRuleViolation {

        private final String field;

        Refused(String field) {
            super(ControlCharacters.CODE, "В поле " + field + " " + ControlCharacters.REFUSED);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    @Override
    public Object handle(@Nonnull UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         @Nonnull InterceptorChain interceptorChain) throws Exception {
        Optional<String> refused = refusedField(unitOfWork.getMessage().getPayload(), "", 0);
        if (refused.isPresent()) {
            throw new Refused(refused.get());
        }
        return interceptorChain.proceed();
    }

    /** The path of the first text in the value that holds a refused character. */
    static Optional<String> refusedField(Object value, String path, int depth) {
        if (value == null || depth > DEPTH) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return ControlCharacters.acceptable(text) ? Optional.empty() : Optional.of(path);
        }
        if (value instanceof Record record) {
            for (RecordComponent component : RecordComponents.of(record.getClass())) {
                Optional<String> found = refusedField(read(component, record), join(path, component.getName()),
                        depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                Optional<String> found = refusedField(element, path + "[" + index++ + "]", depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Optional<String> found = refusedField(entry.getKey(), path, depth + 1)
                        .or(() -> refusedField(entry.getValue(), join(path, String.valueOf(entry.getKey())),
                                depth + 1));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
