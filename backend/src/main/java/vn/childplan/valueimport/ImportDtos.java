package vn.childplan.valueimport;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import of indicator values answers. */
public final class ImportDtos {
    private ImportDtos() {
    }

    public enum ImportMode {
        /** Nothing is written when any row is rejected (the default). */
        ALL_OR_NOTHING,
        /** The valid rows are written, the rejected ones reported. */
        PER_ROW
    }

    public enum ImportOutcome {
        /** Written (also when nothing changed). */
        COMMITTED,
        /** Checked and merged as a real run would, then rolled back: nothing written. */
        DRY_RUN,
        /** All or nothing, and some rows were rejected: nothing written. */
        REJECTED,
        /** An import job that stopped before its end (unreadable file, cancelled, interrupted): nothing written. */
        ABORTED
    }

    /** The members of one object of an NDJSON or JSON import, as the contract documents them (read by JsonRows). */
    @Schema(name = "ImportRow", description = "One value of an NDJSON or JSON import, named by official codes")
    public record ImportRow(
            @Schema(required = true, examples = "TE_TIEM_CHUNG") String indicatorCode,
            @Schema(required = true, description = "Resolved as the unit stood in the period", examples = "46")
            String unitCode,
            @Schema(description = "PROVINCE, DISTRICT or COMMUNE, when a code alone is ambiguous") String unitLevel,
            @Schema(required = true, description = "Our codes, SDMX periods (2024-S1, 2024-M01) or ISO start/duration "
                    + "(2024-01-01/P6M)", examples = "2016-H1") String periodCode,
            @Schema(description = "Defaults to ALL", examples = "FEMALE") String sex,
            @Schema(description = "Defaults to ALL", examples = "0-5") String ageGroup,
            @Schema(description = "Defaults to ALL", examples = "RURAL") String areaType,
            @Schema(required = true, description = "A JSON number", examples = "96.5") BigDecimal value,
            @Schema(description = "Defaults to ESTIMATE", examples = "FINAL") String status,
            @Schema(description = "Defaults to MACHINE_CLIENT for machine clients, MANUAL otherwise") String sourceKind,
            @Schema(examples = "Sở Y tế") String sourceName,
            String evidence) {
    }

    @Schema(name = "ValueKey", description = "The natural key of a value as the file names it: official codes")
    public record NaturalKey(
            @Schema(examples = "TE_TIEM_CHUNG") String indicatorCode,
            @Schema(examples = "46") String unitCode,
            @Schema(description = "The period as written in the file", examples = "2016-H1") String periodCode,
            @Schema(examples = "ALL") String sex,
            @Schema(examples = "ALL") String ageGroup,
            @Schema(examples = "ALL") String areaType) {
    }

    @Schema(name = "RejectedRow", description = "A row that was not imported, named by its place in the file and its key")
    public record RejectedRow(
            @Schema(description = "Position of the row among the file's rows, from 1 (the header not counted)",
                    examples = "7") long row,
            @Schema(description = "Line of the file the row starts on, from 1 (a CSV header is line 1)", examples = "8")
            long line,
            @Schema(description = "The column (CSV header, JSON member) at fault", examples = "unit_code") String column,
            @Schema(description = "What the file holds there", examples = "99") String value,
            @Schema(description = "Stable code of the reason", examples = "UNKNOWN_UNIT") RowError code,
            @Schema(description = "The reason in Vietnamese", examples = "Không có đơn vị hành chính nào mang mã này")
            String message,
            @Schema(description = "The reason in English", examples = "No administrative unit has this code")
            String messageEn,
            @Schema(description = "More about this row's failure, when there is more to say") String detail,
            NaturalKey key) {
    }

    @Schema(name = "ReplacedFinalValue", description = "A FINAL value the import replaced (overwriteFinal=true)")
    public record ReplacedFinal(
            long row,
            long line,
            @Schema(description = "Id of the indicator value") long valueId,
            NaturalKey key,
            @Schema(description = "The value replaced; null when its figure is withheld from the caller "
                    + "(small-cell suppression)", examples = "96.5") BigDecimal previousValue,
            @Schema(description = "True when the replaced value's figure is withheld from the caller: a count of a "
                    + "sensitive indicator from 1 to k-1, or withheld to protect one") boolean previousSuppressed,
            @Schema(examples = "97.1") BigDecimal value,
            @Schema(examples = "FINAL") String status) {
    }

    @Schema(name = "ImportSummary", description = "The result of an import: every row is counted once, as imported, "
            + "updated, unchanged or rejected")
    public record ImportSummary(
            ImportOutcome outcome,
            ImportMode mode,
            boolean dryRun,
            @Schema(description = "The file's format", examples = "CSV") String format,
            @Schema(description = "SHA-256 of the request body, hex", examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            String sha256,
            @Schema(description = "Rows read", examples = "3") long rows,
            @Schema(description = "New values written", examples = "1") long imported,
            @Schema(description = "Stored values changed; a row over a value withheld from the caller (small-cell "
                    + "suppression) always counts here, as it is always written", examples = "1") long updated,
            @Schema(description = "Rows equal to the stored value: nothing written (never a row over a value "
                    + "withheld from the caller: telling it would tell the figure)", examples = "1") long unchanged,
            @Schema(description = "Rows not imported", examples = "0") long rejected,
            @Schema(description = "The rejected rows in file order, at most " + Staging.LISTED + " of them")
            List<RejectedRow> rejectedRows,
            @Schema(description = "FINAL values replaced, at most " + Staging.LISTED + " of them")
            List<ReplacedFinal> replacedFinalValues,
            @Schema(description = "Id of the audit entry recording this import; null when it wrote nothing")
            Long auditId) {
    }
}
