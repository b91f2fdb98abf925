package ru.mentoring.command.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import ru.mentoring.command.common.ControlCharacters;

import java.io.IOException;

/**
 * The one rule of {@link ControlCharacters} for every JSON request body: every string read — a field, an element
 * of a list, a map's key or value — passes through it, so no command, whatever its fields, carries a refused
 * character. Registered only on the mapper that reads HTTP bodies ({@link RequestJsonConfiguration}), never on
 * the one Axon's serializer reads stored events with: an event stored before the rule must still load.
 */
public final class ControlCharacterModule extends SimpleModule {

    public ControlCharacterModule() {
        super("control-characters");
        addDeserializer(String.class, new CheckedStrings());
        addKeyDeserializer(String.class, new CheckedKeys());
    }

    /** A string with a refused character; Jackson adds the path of the field it was read for. */
    public static final class Refused extends InvalidFormatException {

        Refused(JsonParser parser, String value) {
            super(parser, ControlCharacters.REFUSED, value, String.class);
        }
    }

    private static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(parser, super.deserialize(parser, context));
        }
    }

    private static final class CheckedKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(context.getParser(), key);
        }
    }

    private static String checked(JsonParser parser, String value) throws Refused {
        if (!ControlCharacters.acceptable(value)) {
            throw new Refused(parser, value);
        }
        return value;
    }
}
