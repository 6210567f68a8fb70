package vn.childplan.valueimport;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.valueimport.ImportDtos.ImportMode;
import vn.childplan.valueimport.ImportDtos.ImportSummary;

/** What an import job answers. */
public final class ImportJobDtos {
    private ImportJobDtos() {
    }

    @Schema(name = "ImportJobError", description = "Why a FAILED job wrote nothing")
    public record JobError(
            @Schema(description = "Stable code: IMPORT_UNREADABLE, IMPORT_REJECTED, IMPORT_INTERRUPTED, "
                    + "INTERNAL_ERROR", examples = "IMPORT_REJECTED") String code,
            @Schema(examples = "1 of 3 rows are rejected; nothing was written.") String message) {
    }

    @Schema(name = "ImportJob", description = "An import of indicator values run in the background, with its "
            + "progress and, once finished, the summary the synchronous import answers")
    public record ImportJobDto(
            @Schema(examples = "12") long id,
            ImportJobState state,
            @Schema(description = "The file's format", examples = "CSV") String format,
            ImportMode mode,
            boolean dryRun,
            boolean overwriteFinal,
            @Schema(description = "SHA-256 of the file, hex") String sha256,
            @Schema(description = "Rows read from the file so far", examples = "250000") long rowsRead,
            @Schema(description = "Rows checked (codes, scope, rules), once the checks ran", examples = "0")
            long rowsChecked,
            @Schema(description = "Values written (imported and updated) when the import committed", examples = "0")
            long rowsWritten,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt,
            @Schema(description = "Why nothing was written, when FAILED") JobError error,
            @Schema(description = "Once finished: the import's summary (outcome ABORTED when it stopped before its "
                    + "end: unreadable, cancelled, interrupted)") ImportSummary summary) {
    }
}
