package vn.childplan.valueimport;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Spool;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.security.Caller;
import vn.childplan.valueimport.ImportJobDtos.ImportJobDto;
import vn.childplan.valueimport.ValueImporter.Options;

/**
 * Import jobs: the synchronous import's request (the same parameters, checks and Idempotency-Key) answered at once
 * with a job that runs it in the background ({@link ImportJobWorker}); reading, listing and cancelling jobs. A job
 * is its sender's (token subject): others get 404, admins reach every one.
 * <p>
 * The Idempotency-Key is held while the job runs (the same key meanwhile: 409) and then answers the same job again;
 * a job that failed on the server's side or was interrupted lets its key go, so a retry runs.
 */
@ApplicationScoped
public class ImportJobService {
    static final String OPERATION = "submitImportJob";
    private static final String JOB = "Import job";
    private static final Map<String, String> SORTS = Map.of("createdAt", "createdAt", "state", "state", "id", "id");

    private final ImportService imports;
    private final ImportJobStates states;
    private final ImportJobRepository jobs;
    private final ImportJobWorker worker;
    private final ImportJobRunners runners;
    private final IdempotencyKeys keys;
    private final Caller caller;
    private final CurrentIdentityAssociation identities;
    private final EntityManager em;

    public ImportJobService(ImportService imports, ImportJobStates states, ImportJobRepository jobs,
            ImportJobWorker worker, ImportJobRunners runners, IdempotencyKeys keys, Caller caller,
            CurrentIdentityAssociation identities, EntityManager em) {
        this.imports = imports;
        this.states = states;
        this.jobs = jobs;
        this.worker = worker;
        this.runners = runners;
        this.keys = keys;
        this.caller = caller;
        this.identities = identities;
        this.em = em;
    }

    /** A job's answer kept with its Idempotency-Key: the job's id, read again on a retry. */
    static IdempotencyKeys.Answer keyAnswer(long jobId) {
        return new IdempotencyKeys.Answer(202, MediaType.APPLICATION_JSON, Long.toString(jobId));
    }

    /**
     * Checks the request as the synchronous import does (400, 403, 415 before anything is read), spools the body,
     * and queues the job; with an Idempotency-Key already answered, the job it started.
     */
    public ImportJobDto submit(InputStream body, MediaType mediaType, ImportParams params) {
        Options options = imports.options(mediaType, params);
        String idempotencyKey = params.idempotencyKey();
        String subject = caller.subject();
        // no count here: the HTTP layer cuts a value import's body at its route's limit (max-body-size)
        Spool spool = Spool.of(body, Long.MAX_VALUE);
        try {
            if (idempotencyKey != null) {
                Optional<IdempotencyKeys.Answer> stored = keys.hold(subject, idempotencyKey,
                        ImportService.request(OPERATION, options), spool.sha256());
                if (stored.isPresent()) {
                    spool.close();
                    return states.dto(jobs.findById(Long.parseLong(stored.get().body())));
                }
            }
            ImportJobDto job = states.create(subject, idempotencyKey, options, spool.sha256(), runners.runner());
            try {
                // the identity itself, not the request's proxy of it, which ends with the request
                worker.submit(new ImportJobWorker.Job(job.id(), spool, options, identities.getIdentity(), subject,
                        idempotencyKey));
            } catch (RuntimeException e) {
                states.abort(job.id(), ImportJobState.FAILED, ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.format());
                throw e;
            }
            return job;
        } catch (RuntimeException e) {
            spool.close();
            if (idempotencyKey != null && !(e instanceof ApiException)) {
                keys.release(subject, idempotencyKey);
            }
            throw e;
        }
    }

    @Transactional
    public ImportJobDto get(long id) {
        return states.dto(own(id));
    }

    /** The caller's own jobs, newest first by default. */
    @Transactional
    public Page<ImportJobDto> list(PageParams page) {
        return Page.of(jobs.find("subject = ?1", page.toSort(SORTS, "-createdAt"), caller.subject()), page,
                states::dto);
    }

    /**
     * CANCELLED at once, QUEUED or RUNNING: a running import can then no longer commit (its end only moves a
     * RUNNING job), stops at its next step (the rows read, at least every second; the end of the checks; its end)
     * and rolls back, so nothing of it stays. 409 once the job has finished: its end is final.
     */
    @Transactional
    public ImportJobDto cancel(long id) {
        ImportJob job = own(id);
        boolean cancelled = states.abort(id, ImportJobState.CANCELLED, null, null);
        em.refresh(job);
        if (!cancelled) {
            throw new ApiException(ErrorCode.INVALID_TRANSITION, "Import job " + id + " has finished (" + job.state
                    + "); it can no longer be cancelled.");
        }
        return states.dto(job);
    }

    private ImportJob own(long id) {
        ImportJob job = jobs.findById(id);
        if (job == null) {
            throw ApiException.notFound(JOB, id);
        }
        caller.requireOwn(job.subject, JOB, id);
        return job;
    }
}
