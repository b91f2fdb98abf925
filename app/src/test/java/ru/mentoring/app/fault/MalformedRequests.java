package ru.mentoring.app.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Malformed requests for every operation of an OpenAPI description: each case starts from a request that would
 * pass (path variables from the world the test built, required query parameters and every body property filled
 * with a plausible value) and breaks one thing — a path variable, a query parameter, the body as a whole or one
 * property of it. What an endpoint accepts is read from the description only, so a new endpoint is covered
 * without touching this class.
 */
final class MalformedRequests {

    static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "Я".repeat(100_000);
    private static final List<String> BAD_DATES = List.of("2026-13-45", "0000-00-00", "+999999999-12-31");
    private static final String CONTROL = "Nul\u0000School\u0007\u001b";
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** One request to send: the operation it breaks, how, and the request itself. */
    record Case(String method, String template, String name, String path, Map<String, String> query,
                String contentType, String body) {

        String operation() {
            return method.toUpperCase() + " " + template;
        }
    }

    private final JsonNode docs;
    private final Function<String, String> knownIds;

    /**
     * @param docs     the application's {@code /v3/api-docs}
     * @param knownIds a valid value for a path variable or uuid property by its name, or {@code null}
     */
    MalformedRequests(JsonNode docs, Function<String, String> knownIds) {
        this.docs = docs;
        this.knownIds = knownIds;
    }

    /** Every case of every operation whose path the filter keeps. */
    List<Case> cases(Predicate<String> paths) {
        List<Case> cases = new ArrayList<>();
        docs.path("paths").fields().forEachRemaining(path -> {
            if (!paths.test(path.getKey())) {
                return;
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    cases.addAll(cases(method, path.getKey(), path.getValue(), operation));
                }
            }
        });
        return cases;
    }

    private List<Case> cases(String method, String template, JsonNode pathItem, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        Map<String, String> variables = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            if (parameter.path("in").asText().equals("path")) {
                variables.put(name, validText(name, schema));
            } else if (parameter.path("in").asText().equals("query") && parameter.path("required").asBoolean()) {
                query.put(name, validText(name, schema));
            }
        }
        Builder builder = new Builder(method, template, variables, query);
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            switch (parameter.path("in").asText()) {
                case "path" -> {
                    for (String bad : badTexts(schema, false)) {
                        builder.variable(name, bad);
                    }
                    // an empty segment: the firewall refuses the address before any controller
                    builder.variable(name, "");
                }
                case "query" -> {
                    for (String bad : badTexts(schema, false)) {
                        builder.query(name, bad);
                    }
                    builder.query(name, CONTROL);
                }
                default -> {
                }
            }
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isObject()) {
            String contentType = content.fieldNames().hasNext() ? content.fieldNames().next() : JSON;
            JsonNode schema = resolve(content.path(contentType).path("schema"));
            if (contentType.contains("json")) {
                jsonBodies(builder, schema);
            } else {
                builder.body("empty body", contentType, "");
                builder.body("garbage body", contentType, "\u0000\u0001не то, что ждали" + CONTROL);
                builder.body("json instead", JSON, "{\"a\": 1}");
            }
        } else if (!method.equals("get")) {
            builder.body("unexpected body", JSON, "{\"unexpected\": \"" + HUGE + "\"}");
        }
        if (builder.cases.isEmpty()) {
            builder.add("as is", variables, query, null, null);
        }
        return builder.cases;
    }

    private void jsonBodies(Builder builder, JsonNode schema) {
        builder.body("empty body", JSON, "");
        builder.body("not JSON", JSON, "это не JSON {");
        builder.body("JSON null", JSON, "null");
        builder.body("wrong root type", JSON, schema.path("type").asText().equals("array") ? "{}" : "[1, 2]");
        builder.body("no fields", JSON, "{}");
        JsonNode valid = sample(schema, "body", 0);
        if (!(valid instanceof ObjectNode object)) {
            return;
        }
        builder.body("plausible", JSON, object.toString());
        List<String> required = new ArrayList<>();
        resolve(schema).path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = resolve(schema).path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            JsonNode propertySchema = resolve(property.getValue());
            if (required.contains(name)) {
                ObjectNode missing = object.deepCopy();
                missing.remove(name);
                builder.body("missing " + name, JSON, missing.toString());
            }
            List<JsonNode> bad = new ArrayList<>(badValues(propertySchema));
            bad.add(NODES.nullNode());
            for (JsonNode value : bad) {
                ObjectNode broken = object.deepCopy();
                broken.set(name, value);
                builder.body(name + " = " + excerpt(value.toString()), JSON, broken.toString());
            }
        }
    }

    /** Values of the wrong kind for a property of the schema: one of another type, and what its type refuses. */
    private List<JsonNode> badValues(JsonNode schema) {
        List<JsonNode> bad = new ArrayList<>();
        switch (schema.path("type").asText()) {
            case "integer", "number" -> {
                bad.add(NODES.textNode("не число"));
                bad.add(NODES.numberNode(new BigInteger("99999999999999999999999")));
            }
            case "boolean" -> bad.add(NODES.textNode("да"));
            case "array" -> {
                bad.add(NODES.textNode("не список"));
                bad.add(NODES.arrayNode().add(NODES.objectNode().put("a", 1)).add(CONTROL).add(HUGE));
            }
            case "object" -> {
                bad.add(NODES.numberNode(42));
                bad.add(NODES.objectNode().put(CONTROL, CONTROL));
            }
            default -> {
                bad.add(NODES.objectNode().put("a", 1));
                badTexts(schema, true).forEach(text -> bad.add(NODES.textNode(text)));
            }
        }
        return bad;
    }

    /** Text that the schema's string, number or id does not take; {@code huge} adds the long and the control. */
    private static List<String> badTexts(JsonNode schema, boolean huge) {
        List<String> bad = new ArrayList<>();
        switch (schema.path("type").asText()) {
            case "integer", "number" -> {
                bad.add("abc");
                bad.add("99999999999999999999");
            }
            case "boolean" -> bad.add("может быть");
            default -> {
                if (schema.has("enum")) {
                    bad.add("НЕТ_ТАКОГО");
                }
                switch (schema.path("format").asText()) {
                    case "uuid" -> {
                        bad.add("не-uuid");
                        bad.add(UUID.randomUUID().toString());
                    }
                    case "date" -> bad.addAll(BAD_DATES);
                    case "date-time" -> {
                        bad.add("2026-13-45T25:61:00Z");
                        bad.add("+999999999-12-31T23:59:59Z");
                    }
                    default -> bad.add("   ");
                }
                if (huge) {
                    bad.add(HUGE);
                    bad.add(CONTROL);
                }
            }
        }
        return bad;
    }

    /** A plausible value: what a careful client would send. */
    private JsonNode sample(JsonNode schema, String name, int depth) {
        JsonNode resolved = resolve(schema);
        if (depth > 4) {
            return NODES.nullNode();
        }
        switch (resolved.path("type").asText(resolved.has("properties") ? "object" : "string")) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                resolved.path("properties").fields().forEachRemaining(property ->
                        object.set(property.getKey(), sample(property.getValue(), property.getKey(), depth + 1)));
                return object;
            }
            case "array" -> {
                return NODES.arrayNode().add(sample(resolved.path("items"), name, depth + 1));
            }
            case "integer" -> {
                return NODES.numberNode(name.toLowerCase().contains("year") ? 2026 : 1);
            }
            case "number" -> {
                return NODES.numberNode(1.5);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.textNode(validText(name, resolved));
            }
        }
    }

    private String validText(String name, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").path(0).asText();
        }
        String known = knownIds.apply(name);
        return switch (schema.path("format").asText()) {
            case "uuid" -> known != null ? known : UUID.randomUUID().toString();
            case "date" -> "2026-10-01";
            case "date-time" -> "2026-10-01T10:00:00Z";
            default -> switch (schema.path("type").asText()) {
                case "integer" -> name.toLowerCase().contains("year") ? "2026" : "1";
                case "number" -> "1.5";
                case "boolean" -> "true";
                default -> known != null ? known
                        : name.toLowerCase().contains("period") ? "2026-2027" : "Проверка " + name;
            };
        };
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        for (int i = 0; i < 10 && resolved.has("$ref"); i++) {
            String ref = resolved.path("$ref").asText();
            resolved = docs.at(ref.substring(1));
        }
        if (resolved.has("allOf") && resolved.path("allOf").size() == 1) {
            return resolve(resolved.path("allOf").path(0));
        }
        return resolved;
    }

    static String excerpt(String text) {
        String shown = text.replace("\u0000", "\\u0000").replace("\n", " ");
        return shown.length() > 60 ? shown.substring(0, 60) + "…(" + shown.length() + ")" : shown;
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }

    /** Collects the cases of one operation, each from the valid request with one thing changed. */
    private static final class Builder {

        final List<Case> cases = new ArrayList<>();
        private final String method;
        private final String template;
        private final Map<String, String> variables;
        private final Map<String, String> query;

        Builder(String method, String template, Map<String, String> variables, Map<String, String> query) {
            this.method = method;
            this.template = template;
            this.variables = variables;
            this.query = query;
        }

        void variable(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(variables);
            changed.put(name, value);
            add("path " + name + " = " + excerpt(value), changed, query, null, null);
        }

        void query(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(query);
            changed.put(name, value);
            add("query " + name + " = " + excerpt(value), variables, changed, null, null);
        }

        void body(String name, String contentType, String body) {
            add("body: " + name, variables, query, contentType, body);
        }

        void add(String name, Map<String, String> variables, Map<String, String> query, String contentType,
                 String body) {
            String path = template;
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                path = path.replace("{" + variable.getKey() + "}",
                        URLEncoder.encode(variable.getValue(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
            }
            cases.add(new Case(method, template, name, path, Map.copyOf(query), contentType, body));
        }
    }
}
