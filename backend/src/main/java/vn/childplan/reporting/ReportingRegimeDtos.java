package vn.childplan.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.common.VersionedDto;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;

/** Request and response shapes of reporting regimes (chế độ báo cáo). */
public final class ReportingRegimeDtos {
    private ReportingRegimeDtos() {
    }

    @Schema(name = "ReportingRegime", description = "How often a plan is reported on, by when, and who consolidates: "
            + "one per document and period type. The deadline is a calendar day (deadlineDay and deadlineMonth, in "
            + "the year the period ends; deadlineDay alone, in the month the period ends) or offsetDays after the "
            + "period's last day.")
    public record ReportingRegimeDto(
            @Schema(examples = "1") long id,
            DocumentRef document,
            PeriodType periodType,
            @Schema(examples = "25") Integer deadlineDay,
            @Schema(examples = "5") Integer deadlineMonth,
            @Schema(examples = "10") Integer offsetDays,
            @Schema(description = "The agency that receives, checks and consolidates the reports (tham mưu, tổng hợp)")
            AgencyRef consolidatingAgency,
            @Schema(description = "Row version, also sent as the ETag", examples = "0") int version) implements VersionedDto {

        public static ReportingRegimeDto of(ReportingRegime r) {
            return new ReportingRegimeDto(r.id, DocumentRef.of(r.document), r.periodType,
                    r.deadlineDay == null ? null : r.deadlineDay.intValue(),
                    r.deadlineMonth == null ? null : r.deadlineMonth.intValue(), r.offsetDays,
                    AgencyRef.of(r.consolidatingAgency), r.version);
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
            @NotNull @Schema(examples = "12") Long consolidatingAgencyId) {
    }
}
