package vn.childplan.reportingcycle;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.common.VersionedDto;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.period.PeriodType;
import vn.childplan.security.ScopedRef;

/** Request and response shapes of reporting regimes (chế độ báo cáo). */
public final class ReportingRegimeDtos {
    private static final String PERIOD_NUMBERS = "Which periods of the year are owed, by number (2016-H1 is 1, "
            + "2016-Q3 is 3, 2016-05 is 5): [1] for a half-year regime whose yearly report replaces H2, [1,2,3] for "
            + "quarters; null = every period of the year.";

    private ReportingRegimeDtos() {
    }

    @Schema(name = "ReportingRegime", description = "How often a plan is reported on, by when, and who consolidates: "
            + "one per document and period type. The deadline is a calendar day (deadlineDay and deadlineMonth, in "
            + "the year the period ends for YEAR and SCHOOL_YEAR; for a sub-year type the deadline of the first period "
            + "of the year, each later period's moved by as many months as it starts after the first: 25/5 for H1 → "
            + "25/11 for H2; deadlineDay alone, in the month the period ends) or offsetDays after the period's last "
            + "day. periodNumbers lists which periods of the year are owed (null: all).")
    public record ReportingRegimeDto(
            @Schema(examples = "1") long id,
            DocumentRef document,
            PeriodType periodType,
            @Schema(examples = "25") Integer deadlineDay,
            @Schema(examples = "5") Integer deadlineMonth,
            @Schema(examples = "10") Integer offsetDays,
            @Schema(description = PERIOD_NUMBERS, examples = "[1]") List<Integer> periodNumbers,
            @Schema(description = "The agency that receives, checks and consolidates the reports (tham mưu, tổng hợp)")
            AgencyRef consolidatingAgency,
            @Schema(description = "Row version, also sent as the ETag", examples = "0") int version) implements VersionedDto {

        public static ReportingRegimeDto of(ReportingRegime r) {
            return new ReportingRegimeDto(r.id, DocumentRef.of(r.document), r.periodType,
                    r.deadlineDay == null ? null : r.deadlineDay.intValue(),
                    r.deadlineMonth == null ? null : r.deadlineMonth.intValue(), r.offsetDays,
                    r.periodNumbers == null ? null : List.of(r.periodNumbers), AgencyRef.of(r.consolidatingAgency), r.version);
        }
    }

    /** Governed by its plan's unit; reads the unit's id only. {@link ScopedRef}: the caller's scope decides if it shows. */
    @Schema(name = "ReportingRegimeRef", description = "A reporting regime named by id and period type")
    public record ReportingRegimeRef(@Schema(examples = "1") long id, PeriodType periodType,
            @JsonIgnore @Schema(hidden = true) Long scopeUnitId) implements ScopedRef {
        public static ReportingRegimeRef of(ReportingRegime r) {
            return new ReportingRegimeRef(r.id, r.periodType, r.document.unit == null ? null : r.document.unit.id);
        }
    }

    @Schema(name = "ReportingRegimeInput", description = "A regime to create or the full new state of one to update; "
            + "give deadlineDay (optionally with deadlineMonth) or offsetDays, not both")
    public record ReportingRegimeInput(
            @NotNull @Schema(description = "The plan; cannot change once the regime exists", examples = "51") Long documentId,
            @NotNull @Schema(description = "Any type but CUSTOM", examples = "HALF_YEAR") PeriodType periodType,
            @Min(1) @Max(31) @Schema(examples = "25") Integer deadlineDay,
            @Min(1) @Max(12) @Schema(examples = "5") Integer deadlineMonth,
            @Min(-366) @Max(366) @Schema(examples = "10") Integer offsetDays,
            @Schema(description = PERIOD_NUMBERS + " Only for HALF_YEAR (1–2), QUARTER (1–4), MONTH and "
                    + "STATISTICAL_MONTH (1–12); null for YEAR and SCHOOL_YEAR.", examples = "[1]") List<Integer> periodNumbers,
            @NotNull @Schema(examples = "12") Long consolidatingAgencyId) {
    }
}
