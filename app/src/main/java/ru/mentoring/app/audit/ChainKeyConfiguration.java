package ru.mentoring.app.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.mentoring.api.audit.ChainKey;
import ru.mentoring.api.audit.ChainKeyring;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The chain keys, from outside the database: {@code mentoring.audit.chain.keys.<id>} (base64, at least 32 bytes;
 * {@code MENTORING_AUDIT_CHAIN_KEYS_<ID>} in the environment) with {@code mentoring.audit.chain.current} naming the
 * one new links are made with. Rotation is by configuration: add a key, make it current, keep the old ones, whose
 * links stay checkable by their key id.
 * <p>
 * With no key configured, the keys are read from {@code mentoring.audit.chain.key-file} (by default
 * {@code ~/.mentoring/chain-keys.properties}: {@code <id>=<base64>} lines and {@code current=<id>}), which is
 * made with one random key at the first start — fine for one machine, and the log says to keep a copy; every
 * node of a cluster needs the same keys (README, «Audit»).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChainKeyConfiguration.ChainKeyProperties.class)
class ChainKeyConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ChainKeyConfiguration.class);

    @ConfigurationProperties("mentoring.audit.chain")
    record ChainKeyProperties(Map<String, String> keys, String current, Path keyFile) {
    }

    @Bean
    ChainKeyring chainKeyring(ChainKeyProperties properties,
                              @Value("${user.home}/.mentoring/chain-keys.properties") Path defaultFile) {
        Map<String, String> configured = properties.keys() == null ? Map.of() : properties.keys();
        if (!configured.isEmpty()) {
            return keyring(configured, properties.current(), "mentoring.audit.chain.keys");
        }
        Path file = properties.keyFile() == null ? defaultFile : properties.keyFile();
        Properties stored = readOrCreate(file);
        Map<String, String> keys = new LinkedHashMap<>();
        stored.stringPropertyNames().stream().filter(name -> !name.equals("current")).sorted()
                .forEach(name -> keys.put(name, stored.getProperty(name)));
        return keyring(keys, stored.getProperty("current"), file.toString());
    }

    private static ChainKeyring keyring(Map<String, String> encoded, String current, String source) {
        List<ChainKey> keys = new ArrayList<>();
        encoded.forEach((id, secret) -> {
            try {
                keys.add(new ChainKey(id, Base64.getDecoder().decode(secret.strip())));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("The chain key «" + id + "» of " + source + " is not usable: "
                        + e.getMessage(), e);
            }
        });
        String currentId = current != null ? current : keys.size() == 1 ? keys.get(0).id() : null;
        ChainKey chosen = keys.stream().filter(key -> key.id().equals(currentId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("mentoring.audit.chain.current must name one of the "
                        + "chain keys of " + source + " " + encoded.keySet() + "; it is «" + current + "»"));
        LOG.info("Hash chain links are made with the key «{}» ({} key(s) known, from {})", chosen.id(), keys.size(),
                source);
        return new ChainKeyring(chosen, keys);
    }

    /** The key file, made with one random key when missing; two nodes starting at once end up with the same. */
    private static Properties readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] secret = new byte[ChainKey.MINIMUM_BYTES];
                new SecureRandom().nextBytes(secret);
                String id = "k1";
                Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), "chain-keys", ".draft");
                Files.writeString(draft, "# keys of the event store's hash chains: keep a copy outside this machine\n"
                        + id + "=" + Base64.getEncoder().encodeToString(secret) + "\ncurrent=" + id + "\n");
                try {
                    Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system: the directory's own protection applies
                }
                try {
                    Files.createLink(file, draft); // fails, unlike a rename, when another node made the file first
                    LOG.warn("No chain key was configured: made one in {}. Keep a copy of it outside this machine "
                            + "and the database; without it the history's links cannot be checked. A site sets "
                            + "MENTORING_AUDIT_CHAIN_KEYS_<ID> and MENTORING_AUDIT_CHAIN_CURRENT instead.", file);
                } catch (FileAlreadyExistsException raced) {
                    LOG.info("Another node made the chain key file {} first: using it", file);
                } finally {
                    Files.deleteIfExists(draft);
                }
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("The chain key file " + file + " cannot be read or made", e);
        }
    }
}
