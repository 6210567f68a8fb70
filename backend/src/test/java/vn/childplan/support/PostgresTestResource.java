package vn.childplan.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import vn.childplan.common.EmbeddedDatabase;

/**
 * Tests run against real PostgreSQL: an embedded server of their own, or the external one named by
 * QUARKUS_DATASOURCE_JDBC_URL (with QUARKUS_DATASOURCE_USERNAME/PASSWORD) when given.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedDatabase db;

    @Override
    public Map<String, String> start() {
        if (!EmbeddedDatabase.wanted()) {
            return Map.of();
        }
        db = EmbeddedDatabase.ephemeral();
        return db.datasourceProperties();
    }

    @Override
    public void stop() {
        if (db != null) {
            db.close();
        }
    }
}
