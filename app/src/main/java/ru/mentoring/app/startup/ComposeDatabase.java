package ru.mentoring.app.startup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Zero set-up where Docker exists: when the application runs from the sources ({@code ./mvnw -pl app -am
 * spring-boot:run}, which puts Spring Boot's Docker Compose support on the class path; the packaged jar leaves it
 * out), it starts the PostgreSQL service of {@code docker/compose.yaml} — only that service, left running when the
 * application stops — if and only if a {@code docker} command is on the path and nothing answers where
 * {@code spring.datasource.url} points. Then the database is the container's (Spring Boot reads its address and
 * credentials from the compose file) and the start-up check of the configured one is skipped. Otherwise, or when
 * {@code spring.docker.compose.enabled} is set either way, it behaves as without Docker.
 */
public class ComposeDatabase implements EnvironmentPostProcessor {

    static final String ENABLED = "spring.docker.compose.enabled";
    private static final String COMPOSE_SUPPORT = "org.springframework.boot.docker.compose.lifecycle.DockerComposeProperties";
    private static final Pattern HOST_AND_PORT = Pattern.compile("jdbc:postgresql://([^/:?,]+)(?::(\\d+))?/.*");
    private static final int PROBE_MILLIS = 500;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (ClassUtils.isPresent(COMPOSE_SUPPORT, application.getClassLoader())) {
            decide(environment, System.getenv("PATH"));
        }
    }

    /** Decides with the command path given; nothing when the compose support's switch is set already. */
    static void decide(ConfigurableEnvironment environment, String path) {
        if (environment.containsProperty(ENABLED)) {
            return;
        }
        Map<String, Object> decided = new HashMap<>();
        Optional<Path> file = composeFile(environment);
        boolean use = file.isPresent() && dockerOnPath(path)
                && !answers(environment.getProperty("spring.datasource.url", ""));
        decided.put(ENABLED, use);
        if (use) {
            decided.put("spring.docker.compose.file", file.get().toString());
            decided.put("spring.docker.compose.start.arguments", "postgres");
            decided.put("spring.docker.compose.lifecycle-management", "start-only");
            decided.put("mentoring.database.check-on-start", false);
        }
        environment.getPropertySources().addLast(new MapPropertySource("compose-database", decided));
    }

    /** {@code spring.docker.compose.file}, or {@code docker/compose.yaml} in the working directory or above it. */
    static Optional<Path> composeFile(ConfigurableEnvironment environment) {
        String configured = environment.getProperty("spring.docker.compose.file");
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("docker").resolve("compose.yaml");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether an executable {@code docker} is in one of the path's folders. */
    static boolean dockerOnPath(String path) {
        if (path == null) {
            return false;
        }
        return Stream.of(path.split(File.pathSeparator)).filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder, "docker"))
                .anyMatch(docker -> Files.isRegularFile(docker) && Files.isExecutable(docker));
    }

    /** Whether something accepts a connection where the JDBC URL points (default port 5432). */
    static boolean answers(String url) {
        Matcher parts = HOST_AND_PORT.matcher(url);
        if (!parts.matches()) {
            return true; // not a URL to probe: leave the database as configured
        }
        int port = parts.group(2) == null ? 5432 : Integer.parseInt(parts.group(2));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(parts.group(1), port), PROBE_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
