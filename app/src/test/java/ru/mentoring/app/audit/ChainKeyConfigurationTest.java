package ru.mentoring.app.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.mentoring.api.audit.ChainKeyring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChainKeyConfigurationTest {

    private static final String KEY_2025 = Base64.getEncoder().encodeToString(
            "the key of 2025, thirty-two bytes or more".getBytes());
    private static final String KEY_2026 = Base64.getEncoder().encodeToString(
            "the key of 2026, thirty-two bytes or more".getBytes());

    @TempDir
    Path home;

    private final ChainKeyConfiguration configuration = new ChainKeyConfiguration();

    @Test
    void configuredKeysAreRotatedByNamingTheCurrentOneAndTheOlderStayKnown() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("k2025", KEY_2025);
        keys.put("k2026", KEY_2026);

        ChainKeyring ring = configuration.chainKeyring(properties(keys, "k2026"), home.resolve("unused"));

        assertThat(ring.current().id()).isEqualTo("k2026");
        assertThat(ring.find("k2025")).isPresent();
        assertThat(ring.find("k1999")).isEmpty();
        assertThat(home.resolve("unused")).as("no key file when keys are configured").doesNotExist();
    }

    @Test
    void aCurrentKeyThatIsNotAmongTheKeysOrAKeyTooShortStopsTheStart() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("k2025", KEY_2025);
        keys.put("k2026", KEY_2026);
        assertThatThrownBy(() -> configuration.chainKeyring(properties(keys, "k2027"), home.resolve("f")))
                .hasMessageContaining("mentoring.audit.chain.current must name one of the chain keys");
        assertThatThrownBy(() -> configuration.chainKeyring(properties(keys, null), home.resolve("f")))
                .hasMessageContaining("it is «null»");

        String shortKey = Base64.getEncoder().encodeToString("sixteen bytes...".getBytes());
        assertThatThrownBy(() -> configuration.chainKeyring(properties(Map.of("k1", shortKey), null),
                home.resolve("f"))).hasMessageContaining("shorter than 32 bytes");
    }

    @Test
    void withoutConfiguredKeysOneIsMadeInTheKeyFileOnceAndReadFromItAfter() throws Exception {
        Path file = home.resolve("mentoring").resolve("chain-keys.properties");

        ChainKeyring first = configuration.chainKeyring(properties(Map.of(), null), file);
        ChainKeyring again = configuration.chainKeyring(properties(Map.of(), null), file);

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.current().id()).isEqualTo("k1");
        assertThat(again.current()).as("the same key after a restart").isEqualTo(first.current());
        try (var files = Files.list(file.getParent())) {
            assertThat(files.toList()).as("no draft left behind").containsExactly(file);
        }
    }

    private static ChainKeyConfiguration.ChainKeyProperties properties(Map<String, String> keys, String current) {
        return new ChainKeyConfiguration.ChainKeyProperties(keys, current, null);
    }
}
