package ru.mentoring.command.web;

import ru.mentoring.api.common.RecordComponents;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/**
 * Lets an endpoint take a command record as its request body and fill in the ids that come from the path
 * (program, person, pair), so that the command's own constraints are the one validation of the input.
 */
public final class CommandBodies {

    private CommandBodies() {
    }

    /** A copy of {@code command} with the named components replaced; the body's values for them are ignored. */
    public static <C extends Record> C with(C command, Map<String, Object> fromPath) {
        RecordComponent[] components = RecordComponents.of(command.getClass());
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            values[i] = fromPath.containsKey(name) ? fromPath.get(name) : read(components[i], command);
        }
        try {
            @SuppressWarnings("unchecked")
            Constructor<C> canonical = (Constructor<C>) command.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + command.getClass().getSimpleName(), e);
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
