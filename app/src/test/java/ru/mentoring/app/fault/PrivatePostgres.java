package ru.mentoring.app.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own, so that it can be stopped and started without touching the cluster
 * other tests share: {@code initdb} into a temporary directory and {@code pg_ctl} on a free port of 127.0.0.1,
 * trust authentication. The binaries are Debian's ({@code /usr/lib/postgresql/<version>/bin}, the newest
 * version). PostgreSQL refuses to run as root: as root the cluster belongs to, and runs as, the
 * {@code postgres} user. Closing it stops it at once and deletes its directory.
 */
final class PrivatePostgres implements AutoCloseable {

    private static final Path DEBIAN = Path.of("/usr/lib/postgresql");

    private final Path bin;
    private final Path directory;
    private final Path data;
    private final boolean asPostgres;
    private final int port;

    private PrivatePostgres(Path bin, Path directory, boolean asPostgres, int port) {
        this.bin = bin;
        this.directory = directory;
        this.data = directory.resolve("data");
        this.asPostgres = asPostgres;
        this.port = port;
    }

    /** Whether this machine has the binaries to run a cluster (Debian's postgresql package). */
    static boolean available() {
        return binaries() != null;
    }

    /** A new cluster, initialised and started. */
    static PrivatePostgres start() throws IOException {
        Path bin = binaries();
        if (bin == null) {
            throw new IllegalStateException("No PostgreSQL binaries under " + DEBIAN);
        }
        boolean root = "0".equals(run(List.of("id", "-u")).trim());
        Path directory = Files.createTempDirectory("mentoring-fault-pg-");
        if (root) {
            UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
            UserPrincipal postgres = users.lookupPrincipalByName("postgres");
            Files.setOwner(directory, postgres);
        }
        PrivatePostgres cluster = new PrivatePostgres(bin, directory, root, ApplicationProcess.freePort());
        // a test JVM ended by a timeout or a signal must not leave the cluster running
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "stop-private-postgres"));
        try {
            cluster.pg(List.of(bin.resolve("initdb").toString(), "-D", cluster.data.toString(), "-U", "postgres",
                    "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"));
            cluster.startServer();
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?reWriteBatchedInserts=true";
    }

    /** Starts the server and waits until it accepts connections. */
    void startServer() {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", directory.resolve("server.log")
                        .toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1", "start"));
    }

    /** A fast shutdown, as {@code pg_ctlcluster … restart} makes: sessions are ended, nothing committed is lost. */
    void stopServer() {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60", "-m", "fast",
                "stop"));
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "30", "-m",
                        "immediate", "stop"));
            }
        } catch (RuntimeException e) {
            System.err.println("The private PostgreSQL did not stop: " + e.getMessage());
        } finally {
            delete(directory);
        }
    }

    private static Path binaries() {
        if (!Files.isDirectory(DEBIAN)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(DEBIAN)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb"))
                            && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> versionNumber(bin.getParent().getFileName().toString())))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int versionNumber(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String pg(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        return run(full);
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " ended with " + process.exitValue()
                        + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }
}
