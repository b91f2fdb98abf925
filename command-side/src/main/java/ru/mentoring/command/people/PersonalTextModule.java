package ru.mentoring.command.people;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ru.mentoring.api.common.PersonId;
import ru.mentoring.api.common.PersonalText;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * How the event serializer stores a {@link PersonalText}: sealed, as {@code {"about": [person ids],
 * "sealed": "base64"}}, with the keys of the people it is about ({@link TextSeal}). A text about a person already
 * erased is stored as {@code {"about": [...]}} alone — unreadable from the start. A text about no one, and a text
 * stored before sealing existed, is a plain JSON string.
 * <p>
 * Reading does not open the text: it is opened, with the keys as they are then, the first time someone asks for it.
 * A text read from the store and stored again (a dead letter, a snapshot) is written back exactly as it was read.
 * <p>
 * Only the event serializer has this module: the HTTP edge writes a text as the plain string it reads as.
 */
public final class PersonalTextModule extends SimpleModule {

    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();

    public PersonalTextModule(PersonKeys keys) {
        super("personal-text-sealing");
        addSerializer(PersonalText.class, new Sealing(keys));
        addDeserializer(PersonalText.class, new Reading(keys));
    }

    private static final class Sealing extends JsonSerializer<PersonalText> {

        private final PersonKeys keys;

        Sealing(PersonKeys keys) {
            this.keys = keys;
        }

        @Override
        public void serialize(PersonalText text, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (text.envelope() instanceof JsonNode stored) {
                json.writeTree(stored);
                return;
            }
            List<PersonId> about = text.about();
            if (about.isEmpty()) {
                json.writeString(text.value());
                return;
            }
            ObjectNode envelope = JsonNodeFactory.instance.objectNode();
            ArrayNode ids = envelope.putArray("about");
            about.forEach(person -> ids.add(person.toString()));
            Optional<List<byte[]>> sealingKeys = keys.forSealing(about);
            if (sealingKeys.isPresent() && text.value() != null) {
                envelope.put("sealed", BASE64.encodeToString(TextSeal.seal(sealingKeys.get(), about, text.value())));
            }
            json.writeTree(envelope);
        }
    }

    private static final class Reading extends JsonDeserializer<PersonalText> {

        private final PersonKeys keys;

        Reading(PersonKeys keys) {
            this.keys = keys;
        }

        @Override
        public PersonalText deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            if (node.isTextual()) {
                return PersonalText.plain(node.textValue());
            }
            if (!node.isObject() || !node.path("about").isArray()) {
                return (PersonalText) context.handleUnexpectedToken(PersonalText.class, parser);
            }
            List<PersonId> about = new ArrayList<>();
            node.get("about").forEach(id -> about.add(PersonId.of(id.asText())));
            JsonNode sealed = node.get("sealed");
            return PersonalText.sealed(about, node, () -> {
                if (sealed == null || !sealed.isTextual()) {
                    return null;
                }
                return keys.forOpening(about)
                        .map(found -> TextSeal.open(found, about, BASE64_DECODER.decode(sealed.textValue())))
                        .orElse(null);
            });
        }
    }
}
