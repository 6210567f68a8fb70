package vn.childplan;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import vn.childplan.common.EmbeddedDatabase;

/**
 * Starts the embedded PostgreSQL of the local run before Quarkus reads its datasource settings, unless a database
 * is configured (production, docker-compose, or an explicit QUARKUS_DATASOURCE_JDBC_URL). The embedded server
 * registers its own JVM shutdown hook, so stopping the backend stops it too.
 */
@QuarkusMain
public class Main {
    public static void main(String... args) {
        if (EmbeddedDatabase.wanted()) {
            Path dir = Path.of(System.getenv().getOrDefault("CHILDPLAN_DB_DIR", ".data/postgres")).toAbsolutePath();
            int port = Integer.parseInt(System.getenv().getOrDefault("CHILDPLAN_DB_PORT", "54329"));
            EmbeddedDatabase.persistent(dir, port).datasourceProperties().forEach(System::setProperty);
        }
        Quarkus.run(args);
    }
}
