package vn.childplan.valueimport;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jboss.logging.Logger;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Spool;

/**
 * Which backend processes are alive to run import jobs, for any number of replicas on one database. Each process
 * takes a runner number of its own at start-up and holds a session-level advisory lock on it, on a connection it
 * keeps for its whole life: a process that dies (kill -9, a crash, a lost host) loses its connection and so its
 * lock. The sweep — at start-up and then periodically, on every replica — marks FAILED (IMPORT_INTERRUPTED) each
 * QUEUED or RUNNING job whose runner's lock it can take, and releases the Idempotency-Keys held by such runners (a
 * job's, a synchronous import's) so that a retry runs. Its
 * import was one transaction that died with its connection: nothing of it stays. At start-up, the files spooled by
 * processes that are gone are deleted too.
 */
@ApplicationScoped
public class ImportJobRunners {
    /** The advisory locks' first key: a constant no other feature uses. */
    static final int LOCK_SPACE = 0x494A4F42;
    private static final Logger LOG = Logger.getLogger(ImportJobRunners.class);

    private final AgroalDataSource dataSource;
    private final EntityManager em;
    private final ImportJobStates states;
    private final IdempotencyKeys keys;
    private Connection held;
    private int runner;

    public ImportJobRunners(AgroalDataSource dataSource, EntityManager em, ImportJobStates states,
            IdempotencyKeys keys) {
        this.dataSource = dataSource;
        this.em = em;
        this.states = states;
        this.keys = keys;
    }

    void start(@Observes StartupEvent start) throws SQLException {
        // taken outside any transaction: a connection of its own, in auto-commit, that no transaction returns
        held = dataSource.getConnection();
        try (Statement s = held.createStatement();
                ResultSet r = s.executeQuery("SELECT n, pg_try_advisory_lock(" + LOCK_SPACE + ", n) "
                        + "FROM (SELECT nextval('import_job_runner_seq')::int AS n) s")) {
            r.next();
            if (!r.getBoolean(2)) {
                throw new IllegalStateException("runner " + r.getInt(1) + " of import jobs is locked already");
            }
            runner = r.getInt(1);
        }
        sweep();
        int orphans = Spool.deleteOrphans();
        if (orphans > 0) {
            LOG.warnf("%d file(s) spooled by a stopped backend deleted", orphans);
        }
    }

    void stop(@Observes ShutdownEvent stop) throws SQLException {
        if (held != null) {
            held.close();
        }
    }

    /** This process's runner number, which its jobs carry. */
    public int runner() {
        return runner;
    }

    /**
     * Marks FAILED the QUEUED and RUNNING jobs of runners that are gone (their lock is free), answering how many.
     * A live runner's lock cannot be taken, this process's own included (held by another session). The locks this
     * takes are the transaction's and end with it.
     */
    public int sweep() {
        // the lookup's transaction keeps the runners' locks while their jobs are aborted, so that two replicas
        // sweeping at once never both take the same runner's jobs
        return QuarkusTransaction.requiringNew().call(this::abortOrphans);
    }

    @Scheduled(identity = "import-job-sweep", every = "{childplan.import-jobs.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepPeriodically() {
        sweep();
    }

    private int abortOrphans() {
        @SuppressWarnings("unchecked")
        List<Object[]> orphans = em.createNativeQuery("""
                SELECT id, subject, idempotency_key FROM import_job
                WHERE state IN ('QUEUED', 'RUNNING') AND pg_try_advisory_xact_lock(?1, runner)
                ORDER BY id""").setParameter(1, LOCK_SPACE).getResultList();
        int swept = 0;
        for (Object[] o : orphans) {
            long id = ((Number) o[0]).longValue();
            if (states.abort(id, ImportJobState.FAILED, ErrorCode.IMPORT_INTERRUPTED,
                    ErrorCode.IMPORT_INTERRUPTED.format())) {
                swept++;
                if (o[2] != null) {
                    keys.release((String) o[1], (String) o[2]);
                }
            }
        }
        if (swept > 0) {
            LOG.warnf("%d import job(s) of a stopped backend marked FAILED (IMPORT_INTERRUPTED)", swept);
        }
        // a synchronous import's key dies with the process that ran it; those of live replicas stay (409 to a retry)
        em.createNativeQuery("""
                DELETE FROM idempotency_key
                WHERE state = 'RUNNING' AND (runner IS NULL OR pg_try_advisory_xact_lock(?1, runner))""")
                .setParameter(1, LOCK_SPACE).executeUpdate();
        return swept;
    }
}
