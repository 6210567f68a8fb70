package vn.childplan.valueimport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The import jobs at /q/metrics: {@code childplan_import_jobs_total} by final state, the rows they wrote
 * ({@code childplan_import_job_rows_written_total}) and the jobs this process runs now
 * ({@code childplan_import_jobs_running}). A job's end is counted once its transaction commits: a finish rolled
 * back by a cancel, or an import that died with its connection, ended nothing. Registered at start-up, so the
 * series exist from zero.
 */
@Startup
@ApplicationScoped
public class ImportJobMetrics {
    /** A job's end, fired by {@link ImportJobStates} in the transaction that writes it. */
    record Ended(ImportJobState state, long rowsWritten) {
    }

    private final Map<ImportJobState, Counter> ended = new EnumMap<>(ImportJobState.class);
    private final Counter rowsWritten;
    private final AtomicInteger running = new AtomicInteger();

    public ImportJobMetrics(MeterRegistry registry) {
        for (ImportJobState state : new ImportJobState[] { ImportJobState.SUCCEEDED, ImportJobState.FAILED,
                ImportJobState.CANCELLED }) {
            ended.put(state, Counter.builder("childplan.import.jobs").description("Import jobs ended, by final state")
                    .tag("state", state.name()).register(registry));
        }
        rowsWritten = Counter.builder("childplan.import.job.rows.written")
                .description("Indicator values written (created or updated) by import jobs").register(registry);
        Gauge.builder("childplan.import.jobs.running", running, AtomicInteger::get)
                .description("Import jobs running in this process").register(registry);
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) Ended end) {
        ended.get(end.state()).increment();
        rowsWritten.increment(end.rowsWritten());
    }

    /** Runs a job's import, counted as running meanwhile. */
    <T> T running(Supplier<T> job) {
        running.incrementAndGet();
        try {
            return job.get();
        } finally {
            running.decrementAndGet();
        }
    }
}
