package vn.childplan.valueimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.childplan.common.ErrorCode;
import vn.childplan.valueimport.ImportDtos.ImportOutcome;
import vn.childplan.valueimport.ImportDtos.ImportSummary;
import vn.childplan.valueimport.ImportJobDtos.ImportJobDto;
import vn.childplan.valueimport.ImportJobDtos.JobError;
import vn.childplan.valueimport.ValueImporter.Options;

/**
 * The rows of import jobs and every move of their state. Each move is one UPDATE guarded by the state it leaves
 * (QUEUED or RUNNING), so the job's end, a cancel and the sweep cannot overwrite one another: whichever comes first
 * wins, and the later ones find the job finished.
 */
@ApplicationScoped
public class ImportJobStates {
    private final EntityManager em;
    private final ImportJobRepository jobs;
    private final ObjectMapper json;
    private final Event<ImportJobMetrics.Ended> ended;

    public ImportJobStates(EntityManager em, ImportJobRepository jobs, ObjectMapper json,
            Event<ImportJobMetrics.Ended> ended) {
        this.em = em;
        this.jobs = jobs;
        this.json = json;
        this.ended = ended;
    }

    /** A new QUEUED job of {@code subject}, committed at once so that its caller can read it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportJobDto create(String subject, String idempotencyKey, Options o, String sha256, int runner) {
        ImportJob j = new ImportJob();
        j.subject = subject;
        j.idempotencyKey = idempotencyKey;
        j.state = ImportJobState.QUEUED;
        j.format = o.format().name();
        j.mode = o.mode();
        j.dryRun = o.dryRun();
        j.overwriteFinal = o.overwriteFinal();
        j.sha256 = sha256;
        j.runner = runner;
        j.createdAt = Instant.now();
        jobs.persist(j);
        return dto(j);
    }

    /** QUEUED → RUNNING; false when it was cancelled (or swept) while it waited. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean start(long id) {
        return em.createNativeQuery("UPDATE import_job SET state = 'RUNNING', started_at = now() WHERE id = ?1 AND "
                + "state = 'QUEUED'").setParameter(1, id).executeUpdate() == 1;
    }

    /**
     * Records the rows read and checked (beside the running import, committed at once so readers see it move) and
     * answers whether the job is to stop: no longer RUNNING (cancelled, or swept).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean progress(long id, long read, long checked) {
        List<?> going = em.createNativeQuery("UPDATE import_job SET rows_read = ?2, rows_checked = ?3 WHERE id = ?1 "
                + "AND state = 'RUNNING' RETURNING id").setParameter(1, id)
                .setParameter(2, read).setParameter(3, checked).getResultList();
        return going.isEmpty();
    }

    /**
     * The end of a job whose import ran to its end, written INSIDE the import's transaction (so the values and the
     * SUCCEEDED job commit together, and a job cancelled or swept meanwhile commits neither): false when the job is
     * no longer RUNNING, and the import must roll back. All or nothing with rejected rows is
     * FAILED IMPORT_REJECTED (nothing was written).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean finish(long id, ImportSummary summary) {
        return end(id, summary);
    }

    /** {@link #finish} of a dry run, after its transaction rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean finishDryRun(long id, ImportSummary summary) {
        return end(id, summary);
    }

    private boolean end(long id, ImportSummary summary) {
        boolean rejected = summary.outcome() == ImportOutcome.REJECTED;
        ErrorCode code = rejected ? ErrorCode.IMPORT_REJECTED : null;
        ImportJobState state = rejected ? ImportJobState.FAILED : ImportJobState.SUCCEEDED;
        long written = summary.dryRun() ? 0 : summary.imported() + summary.updated();
        return ended(em.createNativeQuery("""
                UPDATE import_job SET state = ?2, finished_at = now(), rows_read = ?3, rows_checked = ?3,
                    rows_written = ?4, error_code = ?5, error_message = ?6, summary = CAST(?7 AS jsonb)
                WHERE id = ?1 AND state = 'RUNNING'""").setParameter(1, id)
                .setParameter(2, state.name())
                .setParameter(3, summary.rows())
                .setParameter(4, written)
                .setParameter(5, code == null ? null : code.name())
                .setParameter(6, code == null ? null : code.format(summary.rejected(), summary.rows()))
                .setParameter(7, write(summary)).executeUpdate() == 1, state, written);
    }

    /** {@code moved}, after telling the metrics of a job that ended (counted if this transaction commits). */
    private boolean ended(boolean moved, ImportJobState state, long written) {
        if (moved) {
            ended.fire(new ImportJobMetrics.Ended(state, written));
        }
        return moved;
    }

    /**
     * The end of a job that wrote nothing: cancelled, failed with {@code code}, or interrupted. Its summary says
     * ABORTED with the rows read so far. False when the job had already finished.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean abort(long id, ImportJobState state, ErrorCode code, String message) {
        ImportJob j = jobs.findById(id);
        ImportSummary summary = new ImportSummary(ImportOutcome.ABORTED, j.mode, j.dryRun, j.format, j.sha256,
                j.rowsRead, 0, 0, 0, 0, List.of(), List.of(), null);
        return ended(em.createNativeQuery("""
                UPDATE import_job SET state = ?2, finished_at = now(), rows_written = 0, error_code = ?3,
                    error_message = ?4, summary = CAST(?5 AS jsonb)
                WHERE id = ?1 AND state IN ('QUEUED', 'RUNNING')""").setParameter(1, id).setParameter(2, state.name())
                .setParameter(3, code == null ? null : code.name()).setParameter(4, message)
                .setParameter(5, write(summary)).executeUpdate() == 1, state, 0);
    }

    ImportJobDto dto(ImportJob j) {
        try {
            return new ImportJobDto(j.id, j.state, j.format, j.mode, j.dryRun, j.overwriteFinal, j.sha256, j.rowsRead,
                    j.rowsChecked, j.rowsWritten, j.createdAt, j.startedAt, j.finishedAt,
                    j.errorCode == null ? null : new JobError(j.errorCode, j.errorMessage),
                    j.summary == null ? null : json.readValue(j.summary, ImportSummary.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import job " + j.id + " holds a summary that cannot be read", e);
        }
    }

    private String write(ImportSummary summary) {
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the summary", e);
        }
    }
}
