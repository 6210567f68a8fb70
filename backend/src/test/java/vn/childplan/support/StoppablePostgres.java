package vn.childplan.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.childplan.common.EmbeddedDatabase;

/**
 * A PostgreSQL of its own that a test stops and starts again on the same data and port, for the tests of a database
 * outage ({@code common.DatabaseOutageTest}); the shared one of {@link GlobalTestResources} is never disturbed.
 */
public class StoppablePostgres implements QuarkusTestResourceLifecycleManager {
    private static Path dir;
    private static int port;
    private static EmbeddedDatabase db;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("childplan-outage");
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db = EmbeddedDatabase.persistent(dir, port);
        return db.datasourceProperties();
    }

    /** Shuts the server down (fast: open sessions are terminated, as an operator's restart does). */
    public static void down() {
        db.close();
        db = null;
    }

    /** Starts the server again on the same data and port. */
    public static void up() {
        db = EmbeddedDatabase.persistent(dir, port);
    }

    @Override
    public void stop() {
        if (db != null) {
            db.close();
        }
    }
}
