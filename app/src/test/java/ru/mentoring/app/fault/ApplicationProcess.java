package ru.mentoring.app.fault;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application as a real process: {@code java -jar} of the jar the build made (its path comes from
 * the failsafe configuration, {@code mentoring.app.jar}), on a port of its own, its output in
 * {@code target/fault/<name>-<n>.log}. It can be killed as a machine would kill it ({@code SIGKILL}) and started
 * again on the same database and port.
 */
final class ApplicationProcess implements AutoCloseable {

    /** The bootstrap {@code OPERATOR} client every started process registers on its first start (README). */
    static final String OPERATOR_CLIENT_ID = "fault-operator";
    static final String OPERATOR_CLIENT_SECRET = "fault-operator-secret";
    /** The first operator of the admin UI, {@code admin}, with this password (MENTORING_UI_FIRSTADMIN_PASSWORD). */
    static final String ADMIN_PASSWORD = "fault-admin-password";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    /** More command-line arguments of the application ({@code --property=value}). */
    private final List<String> arguments;
    private final String databaseUrl;
    private final String user;
    private final String password;
    private final int port;
    private final FaultHttp http;
    private Process process;
    private Path log;
    private int starts;

    ApplicationProcess(String name, String databaseUrl, String user, String password, String... arguments) {
        this.arguments = List.of(arguments);
        this.name = name;
        this.databaseUrl = databaseUrl;
        this.user = user;
        this.password = password;
        this.port = freePort();
        this.http = new FaultHttp(baseUrl());
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    FaultHttp http() {
        return http;
    }

    /** Starts the jar and waits until it answers ready; fails with the tail of its log if it does not. */
    void start() {
        launch();
        awaitReady();
    }

    /** Starts the jar and returns at once (see {@link #awaitReady()}). */
    void launch() {
        String jar = System.getProperty("mentoring.app.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("The packaged application is missing (mentoring.app.jar = " + jar
                    + "): run the fault suite through Maven's verify, which packages the jar first");
        }
        try {
            Path logs = Files.createDirectories(Path.of("target", "fault"));
            log = logs.resolve(name + "-" + (++starts) + ".log");
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx384m",
                    "-Daxoniq.update-checker.disabled=true", "-jar", jar,
                    "--server.port=" + port,
                    "--spring.datasource.url=" + databaseUrl,
                    "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password,
                    "--spring.main.banner-mode=off"));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("MENTORING_API_BOOTSTRAP_CLIENT_ID", OPERATOR_CLIENT_ID);
            env.put("MENTORING_API_BOOTSTRAP_CLIENT_SECRET", OPERATOR_CLIENT_SECRET);
            env.put("MENTORING_UI_FIRSTADMIN_PASSWORD", ADMIN_PASSWORD);
            process = builder.start();
            Process started = process;
            // a test JVM ended by a timeout or a signal must not leave the application running
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, "kill-" + name));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the application: " + e.getMessage(), e);
        }
    }

    /** Waits until the launched process answers ready; fails with the tail of its log if it does not. */
    void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application ended with " + process.exitValue()
                        + " while starting:\n" + logTail());
            }
            FaultHttp.Answer answer = http.get("/actuator/health/readiness", null);
            if (answer.status() == 200) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException("The application did not become ready within " + START_TIMEOUT + ":\n"
                + logTail());
    }

    /** {@code kill -9}: no shutdown hook, no flush, no goodbye. */
    void killHard() {
        process.destroyForcibly();
        waitFor();
    }

    long pid() {
        return process.pid();
    }

    /** How the token store names this process as a segment's owner: Axon's node id, {@code <pid>@<host>}. */
    String ownerPrefix() {
        return process.pid() + "@";
    }

    boolean alive() {
        return process.isAlive();
    }

    /** A bearer token of the bootstrap operator client. */
    String operatorToken() {
        return http.token(OPERATOR_CLIENT_ID, OPERATOR_CLIENT_SECRET);
    }

    /** Registers an API client of the given role and region through the operator and returns its token. */
    String clientToken(String operatorToken, String role, String region) {
        FaultHttp.Answer answer = http.post("/api/admin/api-clients", operatorToken, null,
                Map.of("name", "fault load " + role, "role", role, "region", region));
        if (answer.status() != 201) {
            throw new IllegalStateException("Registering an API client answered " + answer.status() + ": "
                    + answer.body());
        }
        JsonNode client = answer.body();
        return http.token(client.path("clientId").asText(), client.path("clientSecret").asText());
    }

    String logTail() {
        if (log == null || !Files.exists(log)) {
            return "(no log)";
        }
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The application process " + process.pid() + " did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port: " + e.getMessage(), e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
