package ru.mentoring.app.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the admin UI shows exists in both languages: each Russian bundle and its English twin have the same
 * keys, and none of their values is blank.
 */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "i18n/pairs", "i18n/road-maps", "i18n/reports", "i18n/audit",
            "i18n/organizations"})
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
}
