package ru.mentoring.app.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the admin UI shows exists in both languages: each Russian bundle and its English twin have the same
 * keys, and none of their values is blank; and every key the pages name is in the bundles.
 */
class MessageBundlesTest {

    /** The bundles, as application.yml names them in {@code spring.messages.basename}. */
    private static final List<String> BASE_NAMES = baseNames();
    /**
     * {@code #{key}} or {@code #{key(…)}}: keys built at run time ({@code #{|…|}}, {@code #{${…}}}) are not
     * matched.
     */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)[}(]");
    /** "{key}" of a check's message, or a string literal shaped like a key. */
    private static final Pattern CODE_KEY = Pattern.compile(
            "\"\\{([\\w.-]+)}\"|\"([a-z][A-Za-z]*(?:\\.[A-Za-z][\\w-]*)+)\"");

    @ParameterizedTest
    @MethodSource("baseNames")
    void hasEveryTextInRussianAndInEnglish(String baseName) throws IOException {
        Properties russian = load(baseName + ".properties");
        Properties english = load(baseName + "_en.properties");

        assertThat(missing(russian, english))
                .as("keys of %s.properties missing in %s_en.properties", baseName, baseName)
                .isEmpty();
        assertThat(missing(english, russian))
                .as("keys of %s_en.properties missing in %s.properties", baseName, baseName)
                .isEmpty();
        assertThat(blank(russian)).as("blank values in %s.properties", baseName).isEmpty();
        assertThat(blank(english)).as("blank values in %s_en.properties", baseName).isEmpty();
    }

    /**
     * No page shows a «??key??»: every key a template names literally ({@code #{key}}), every message code the
     * UI's Java names as a string literal ("users.role.invalid") and every {@code {key}} of a form's check is in
     * the Russian bundles that {@code spring.messages.basename} lists. Keys built at run time are not seen here.
     */
    @Test
    void everyKeyThePagesNameIsInTheBundles() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String baseName : BASE_NAMES) {
            keys.addAll(load(baseName + ".properties").stringPropertyNames());
        }
        Set<String> prefixes = keys.stream().map(key -> key.substring(0, key.indexOf('.') + 1))
                .collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        for (Path template : files(Path.of("src/main/resources/templates"), ".html")) {
            Matcher key = TEMPLATE_KEY.matcher(Files.readString(template));
            while (key.find()) {
                if (!keys.contains(key.group(1))) {
                    unknown.add(template.getFileName() + ": " + key.group(1));
                }
            }
        }
        for (Path source : files(Path.of("src/main/java/ru/mentoring/app/ui"), ".java")) {
            String code = Files.readString(source);
            Matcher literal = CODE_KEY.matcher(code);
            while (literal.find()) {
                String key = literal.group(1) != null ? literal.group(1) : literal.group(2);
                boolean looksLikeOurs = literal.group(1) != null
                        || prefixes.contains(key.substring(0, key.indexOf('.') + 1));
                if (looksLikeOurs && !keys.contains(key)) {
                    unknown.add(source.getFileName() + ": " + key);
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(500);
        assertThat(unknown).as("message keys named but in no bundle").isEmpty();
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        assertThat(folder).as("the module's sources (the test runs in app/)").isDirectory();
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).toList();
        }
    }

    private static Properties load(String resource) throws IOException {
        ClassLoader classLoader = MessageBundlesTest.class.getClassLoader();
        try (InputStream stream = classLoader.getResourceAsStream(resource)) {
            assertThat(stream).as("resource %s on the classpath", resource).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }

    private static Set<String> missing(Properties from, Properties in) {
        Set<String> keys = new TreeSet<>(from.stringPropertyNames());
        keys.removeAll(in.stringPropertyNames());
        return keys;
    }

    private static Set<String> blank(Properties properties) {
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (properties.getProperty(key).isBlank()) {
                keys.add(key);
            }
        }
        return keys;
    }

    static List<String> baseNames() {
        try {
            Matcher basename = Pattern.compile("(?m)^\\s*basename:\\s*(\\S+)\\s*$")
                    .matcher(Files.readString(Path.of("src/main/resources/application.yml")));
            assertThat(basename.find()).as("spring.messages.basename in application.yml").isTrue();
            return List.of(basename.group(1).split(","));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
