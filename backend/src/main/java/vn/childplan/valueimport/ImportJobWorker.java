package vn.childplan.valueimport;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Spool;
import vn.childplan.valueimport.ImportDtos.ImportSummary;
import vn.childplan.valueimport.ValueImporter.Options;

/**
 * Runs import jobs on a managed executor (SmallRye Context Propagation), never on an I/O or request thread. A job
 * outlives the request that sent it, so none of that request's contexts travel with it: it runs in a request
 * context of its own with the sender's security identity, so the import checks scope and writes the audit entry as
 * the synchronous import does for that caller.
 */
@ApplicationScoped
public class ImportJobWorker {
    private static final Logger LOG = Logger.getLogger(ImportJobWorker.class);
    /** How often, at most, the rows read are written while a file is read. */
    private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ValueImporter importer;
    private final ImportJobStates states;
    private final IdempotencyKeys keys;
    private final CurrentIdentityAssociation identities;
    private final ImportJobMetrics metrics;
    private final ManagedExecutor executor;

    public ImportJobWorker(ValueImporter importer, ImportJobStates states, IdempotencyKeys keys,
            CurrentIdentityAssociation identities, ImportJobMetrics metrics,
            @ConfigProperty(name = "childplan.import-jobs.workers") int workers) {
        this.importer = importer;
        this.states = states;
        this.keys = keys;
        this.identities = identities;
        this.metrics = metrics;
        this.executor = ManagedExecutor.builder().maxAsync(workers).propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING).build();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** What a job runs: its file (deleted when it ends), options, sender and Idempotency-Key (or null). */
    record Job(long id, Spool spool, Options options, SecurityIdentity sender, String subject, String key) {
    }

    void submit(Job job) {
        executor.execute(() -> run(job));
    }

    private void run(Job job) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try (Spool spool = job.spool()) {
            identities.setIdentity(job.sender());
            if (!states.start(job.id())) {
                return; // cancelled while it waited
            }
            boolean retry = metrics.running(() -> execute(job, spool));
            if (job.key() != null) {
                if (retry) {
                    keys.release(job.subject(), job.key());
                } else {
                    keys.complete(job.subject(), job.key(), ImportJobService.keyAnswer(job.id()));
                }
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "import job %d could not be ended", job.id());
        } finally {
            request.terminate();
        }
    }

    /** Runs the import and ends the job; true when it failed on the server's side (a retry may run it again). */
    private boolean execute(Job job, Spool spool) {
        try {
            ImportSummary summary = importer.run(spool, job.options(), new Progress(job.id()));
            if (summary.dryRun()) {
                states.finishDryRun(job.id(), summary); // false: cancelled meanwhile, and so it stays
            }
            return false;
        } catch (Stopped e) {
            return false; // cancelled (or swept): its end is written already
        } catch (ApiException e) {
            states.abort(job.id(), ImportJobState.FAILED, e.code(), e.getMessage());
            return false;
        } catch (RuntimeException e) {
            LOG.errorf(e, "import job %d failed", job.id());
            states.abort(job.id(), ImportJobState.FAILED, ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.format());
            return true;
        }
    }

    /** Thrown from the progress hook when the job is no longer RUNNING: the import's transaction rolls back. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("import job cancelled", null, false, false);
        }
    }

    /** The job's progress, written beside the import; each write also learns whether the job was cancelled. */
    private final class Progress implements ValueImporter.Progress {
        private final long id;
        private long next = System.nanoTime() + PROGRESS_NANOS;

        Progress(long id) {
            this.id = id;
        }

        @Override
        public void read(long rows) {
            // the clock is read every 1,024 rows, not at each one
            if ((rows & 1023) == 0 && System.nanoTime() - next >= 0) {
                next = System.nanoTime() + PROGRESS_NANOS;
                stopIf(states.progress(id, rows, 0));
            }
        }

        @Override
        public void checked(long rows) {
            stopIf(states.progress(id, rows, rows));
        }

        @Override
        public void finishing(ImportSummary summary) {
            // a dry run rolls back whatever happens: its end is written after it
            stopIf(summary.dryRun() ? states.progress(id, summary.rows(), summary.rows()) : !states.finish(id, summary));
        }

        private void stopIf(boolean stop) {
            if (stop) {
                throw new Stopped();
            }
        }
    }
}
