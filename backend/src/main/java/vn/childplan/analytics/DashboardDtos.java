package vn.childplan.analytics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.indicator.IndicatorDtos.IndicatorRef;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.analytics.ProgressDtos.ProgressCounts;
import vn.childplan.security.ScopedRef;

/** Response shapes of the dashboard of a unit. */
public final class DashboardDtos {
    private DashboardDtos() {
    }

    @Schema(name = "ReportStanding", description = "Where an owed report stands: ON_TIME or LATE once submitted "
            + "(before or after the end of the deadline day in Vietnam), MISSING when the deadline has passed without "
            + "a submission, DUE before it")
    public enum ReportStanding {
        ON_TIME, LATE, MISSING, DUE
    }

    @Schema(name = "Dashboard", description = "A leader's view of the plans of a unit and the units below it on one day")
    public record DashboardDto(
            @Schema(description = "The unit; null for the whole country") UnitRef unit,
            @Schema(examples = "2016-12-01") LocalDate asOf,
            @Schema(description = "Plans of the unit and the units below it (by code, across reorganisations)",
                    examples = "4") int plans,
            @Schema(description = "Their targets by attainment status, judged as the plan progress judges them")
            ProgressCounts targets,
            @Schema(description = "The targets AT_RISK or NOT_MET, NOT_MET first, at most 20") List<TargetAlert> targetAlerts,
            ReportCounts reports,
            @Schema(description = "The MISSING and LATE reports, MISSING first and oldest deadline first, at most 20")
            List<ReportAlert> reportAlerts,
            @Schema(description = "The agencies with the most overdue work, at most 10") List<AgencyWork> agencies) {
    }

    @Schema(name = "TargetAlert", description = "A target that needs attention, with its plan and indicator named")
    public record TargetAlert(
            @Schema(examples = "41") long targetId,
            @Schema(description = "The plan the target belongs to") DocumentRef document,
            @Schema(description = "The indicator the target is set on") IndicatorRef indicator,
            AttainmentStatus attainment) {
    }

    @Schema(name = "ReportCounts", description = "The reports owed in the current rounds: for each reporting regime "
            + "of each plan, the last period whose deadline has passed and the period after it if it has begun, one "
            + "report per agency with a LEAD or COORDINATE assignment")
    public record ReportCounts(
            @Schema(examples = "6") int onTime,
            @Schema(examples = "1") int late,
            @Schema(examples = "1") int missing,
            @Schema(examples = "8") int due,
            @Schema(examples = "16") int total) {
    }

    @Schema(name = "ReportAlert", description = "A report owed and missing or late, with its plan and agency named")
    public record ReportAlert(
            @Schema(description = "The plan the report is owed for") DocumentRef document,
            @Schema(description = "The agency that owes it") AgencyRef agency,
            @Schema(examples = "2016-H1") String periodCode,
            @Schema(examples = "2016-05-25") LocalDate deadline,
            ReportStanding standing,
            @Schema(description = "The report, when one exists (a draft, or submitted late)", examples = "5") Long reportId,
            @Schema(description = "When it was submitted; null when MISSING") Instant submittedAt) {
    }

    @Schema(name = "AgencyWork", description = "An agency and its overdue work in the unit's plans")
    public record AgencyWork(
            @Schema(examples = "12") long agencyId,
            @Schema(examples = "Sở Y tế tỉnh Thừa Thiên Huế") String name,
            @Schema(description = "Assignments past their due date and neither DONE nor CANCELLED", examples = "3")
            int overdueAssignments,
            @Schema(description = "Reports of the current rounds MISSING", examples = "1") int missingReports,
            @Schema(description = "Reports of the current rounds submitted LATE", examples = "0") int lateReports,
            @Schema(examples = "4") int total,
            @JsonIgnore @Schema(hidden = true) Long scopeUnitId) implements ScopedRef {
        // a row naming an agency is a reference to it: left out for a caller who cannot read the agency
    }
}
