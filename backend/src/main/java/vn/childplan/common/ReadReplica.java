package vn.childplan.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The heavy reads that need not see the last second's writes — the exports' rows and the dashboard — run on the
 * datasource "read": the database's replicas in production (CHILDPLAN_READ_JDBC_URL, CloudNativePG's -ro service),
 * the primary itself when it is not set (local runs, tests), so one path serves both. Every transaction there is
 * read-only (BEGIN READ ONLY): a write sent by mistake fails, on a replica and on the primary alike. A replica lags
 * its primary by the time it takes to stream and replay the last changes (well under a second in one data centre;
 * one of the two replicas is synchronous, see deploy/postgres/cluster.yaml): an export or a dashboard may miss what
 * was saved within that time, never anything older.
 */
@ApplicationScoped
public class ReadReplica {
    private final AgroalDataSource read;
    private final SessionFactory sessions;

    public ReadReplica(@DataSource("read") AgroalDataSource read, SessionFactory sessions) {
        this.read = read;
        this.sessions = sessions;
    }

    /**
     * Runs {@code work} in a read-only transaction of its own on a connection of the read datasource, through a
     * Hibernate session that joins no other transaction (native queries and {@code doWork} as usual); the
     * transaction is rolled back at the end, as it wrote nothing.
     */
    public <T> T read(Function<Session, T> work) {
        try (Connection connection = read.getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try (Session session = sessions.withOptions().connection(connection).autoJoinTransactions(false)
                    .openSession()) {
                session.setDefaultReadOnly(true);
                return work.apply(session);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new PersistenceException("the read datasource failed", e);
        }
    }
}
