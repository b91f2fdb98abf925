package ru.mentoring.app.startup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the application run from the sources starts docker/compose.yaml's PostgreSQL: only with a docker command
 * on the path and nothing answering where the datasource points, and never against the user's own setting.
 */
class ComposeDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void withDockerAndNothingOnThePortThePostgresServiceOfTheComposeFileIsStarted() throws IOException {
        MockEnvironment environment = environment("jdbc:postgresql://127.0.0.1:" + closedPort() + "/mentoring");

        ComposeDatabase.decide(environment, docker().toString());

        assertThat(environment.getProperty(ComposeDatabase.ENABLED)).isEqualTo("true");
        assertThat(environment.getProperty("spring.docker.compose.start.arguments")).isEqualTo("postgres");
        assertThat(environment.getProperty("spring.docker.compose.lifecycle-management")).isEqualTo("start-only");
        assertThat(environment.getProperty("mentoring.database.check-on-start")).isEqualTo("false");
    }

    @Test
    void aDatabaseThatAnswersIsUsedAsConfigured() throws IOException {
        try (ServerSocket database = new ServerSocket(0)) {
            MockEnvironment environment = environment("jdbc:postgresql://127.0.0.1:" + database.getLocalPort()
                    + "/mentoring");

            ComposeDatabase.decide(environment, docker().toString());

            assertThat(environment.getProperty(ComposeDatabase.ENABLED)).isEqualTo("false");
            assertThat(environment.getProperty("mentoring.database.check-on-start")).isNull();
        }
    }

    @Test
    void withoutDockerItBehavesAsWithoutComposeSupport() throws IOException {
        MockEnvironment environment = environment("jdbc:postgresql://127.0.0.1:" + closedPort() + "/mentoring");

        ComposeDatabase.decide(environment, folder.toString());

        assertThat(environment.getProperty(ComposeDatabase.ENABLED)).isEqualTo("false");
        assertThat(environment.getProperty("mentoring.database.check-on-start")).isNull();
    }

    @Test
    void theUsersOwnSwitchIsLeftAlone() throws IOException {
        MockEnvironment environment = environment("jdbc:postgresql://127.0.0.1:" + closedPort() + "/mentoring")
                .withProperty(ComposeDatabase.ENABLED, "false");

        ComposeDatabase.decide(environment, docker().toString());

        assertThat(environment.getProperty(ComposeDatabase.ENABLED)).isEqualTo("false");
        assertThat(environment.getProperty("spring.docker.compose.start.arguments")).isNull();
    }

    private MockEnvironment environment(String url) throws IOException {
        Path compose = Files.createDirectories(folder.resolve("docker")).resolve("compose.yaml");
        Files.writeString(compose, "services: {}\n");
        return new MockEnvironment().withProperty("spring.datasource.url", url)
                .withProperty("spring.docker.compose.file", compose.toString());
    }

    private Path docker() throws IOException {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path docker = bin.resolve("docker");
        if (!Files.exists(docker)) {
            Files.writeString(docker, "#!/bin/sh\n");
            Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return bin;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
