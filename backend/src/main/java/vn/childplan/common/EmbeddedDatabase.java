package vn.childplan.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Embedded PostgreSQL (real server binaries) for the local run and the tests when no datasource URL is given.
 * Production never uses it: there QUARKUS_DATASOURCE_JDBC_URL always points at an external server.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** True when nobody configured a database: neither the environment nor a system property names one. */
    public static boolean wanted() {
        return System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null
                && System.getProperty("quarkus.datasource.jdbc.url") == null;
    }

    /** A throw-away database for tests: random port, temporary directory, durability off for speed. */
    public static EmbeddedDatabase ephemeral() {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    /**
     * A database kept in {@code dataDir} across restarts. Durability is switched back on (Zonky turns it off for
     * tests), and a server left running by a killed JVM is stopped first so its data directory can be reused.
     */
    public static EmbeddedDatabase persistent(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            stopOrphan(dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            return new EmbeddedDatabase(pg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDir, e);
        }
    }

    /**
     * postmaster.pid survives a kill -9 of the JVM, and the server it names keeps running. Stop that server (only if
     * it really is a postgres on this directory: the pid may have been reused), then drop the file. The command line
     * is read from /proc because a server started in another user namespace hides its executable path.
     */
    private static void stopOrphan(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (!lines.isEmpty()) {
            long pid = Long.parseLong(lines.get(0).strip());
            Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
            String command = Files.isReadable(cmdline)
                    ? new String(Files.readAllBytes(cmdline), java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ')
                    : "";
            if (command.contains("postgres") && command.contains(dataDir.toString())) {
                ProcessHandle.of(pid).ifPresent(p -> {
                    p.destroy(); // SIGTERM: PostgreSQL's smart shutdown, which checkpoints
                    p.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
                });
            }
        }
        Files.deleteIfExists(pidFile);
    }

    public Map<String, String> datasourceProperties() {
        return Map.of(
                // the user only in the username below (not in the URL as well), so a datasource that takes this
                // URL may connect as another user (common.ReadReplica's, in ReadReplicaTest)
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
