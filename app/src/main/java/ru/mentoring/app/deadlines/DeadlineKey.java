package ru.mentoring.app.deadlines;

import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.modelling.saga.SagaScopeDescriptor;
import org.axonframework.serialization.Serializer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The task-instance id of a deadline in db-scheduler's table: {@code <deadline name>|<scope>|<schedule id>}, the
 * scope being {@code <aggregate type>:<id>} for an aggregate (the only scope our deadlines have). Every deadline of
 * a name, or of a name within a scope, is then one range of ids — from the prefix up to the prefix with its
 * closing {@code |} raised to the next character — which an index on the ids reads directly. A name or scope
 * that holds {@code |} has it written {@code %7C} (and {@code %} as {@code %25}), so the separators stay unique.
 */
final class DeadlineKey {

    static final char SEPARATOR = '|';

    private DeadlineKey() {
    }

    /** The id a deadline of this name, in this scope, with this schedule id is kept under. */
    static String instanceId(String deadlineName, String scope, String scheduleId) {
        return ofName(deadlineName) + escape(scope) + SEPARATOR + scheduleId;
    }

    /** The start of the ids of every deadline of this name. */
    static String ofName(String deadlineName) {
        return escape(deadlineName) + SEPARATOR;
    }

    /** The start of the ids of every deadline of this name in this scope. */
    static String ofNameWithin(String deadlineName, String scope) {
        return ofName(deadlineName) + escape(scope) + SEPARATOR;
    }

    /** The first id after every id that starts with {@code prefix} (which ends with the separator). */
    static String after(String prefix) {
        return prefix.substring(0, prefix.length() - 1) + (char) (SEPARATOR + 1);
    }

    /**
     * A scope as a key: {@code type:id} for an aggregate or a saga; any other scope by a digest of its serialized
     * form, which is what Axon's own manager compares scopes by.
     */
    static String scope(ScopeDescriptor scope, Serializer serializer) {
        if (scope instanceof AggregateScopeDescriptor aggregate) {
            return aggregate.getType() + ":" + aggregate.getIdentifier();
        }
        if (scope instanceof SagaScopeDescriptor saga) {
            return "saga " + saga.getType() + ":" + saga.getIdentifier();
        }
        byte[] serialized = serializer.serialize(scope, byte[].class).getData();
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(serialized));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String escape(String part) {
        return part.replace("%", "%25").replace("|", "%7C");
    }
}
