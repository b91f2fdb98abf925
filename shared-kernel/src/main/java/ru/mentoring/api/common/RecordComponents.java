package ru.mentoring.api.common;

import java.lang.reflect.RecordComponent;

/**
 * A record class's components, read once per class. {@link Class#getRecordComponents()} parses the class's
 * attributes anew on every call, and the guards, the validation of free text and the audit's summaries read
 * them for every command and every event. The array returned is shared: read it, never change it.
 */
public final class RecordComponents {

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
        }
    };

    private RecordComponents() {
    }

    /** The components of a record class, in declaration order; none for a class that is not a record. */
    public static RecordComponent[] of(Class<?> type) {
        return COMPONENTS.get(type);
    }
}
