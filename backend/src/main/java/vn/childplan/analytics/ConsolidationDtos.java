package vn.childplan.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.indicator.IndicatorDtos.IndicatorRef;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.reportingcycle.ReportDtos.ObligationStatus;
import vn.childplan.reportingcycle.ReportDtos.Timeliness;
import vn.childplan.task.AssignmentRole;
import vn.childplan.task.TaskDtos.TaskRef;
import vn.childplan.period.AreaType;
import vn.childplan.period.PeriodType;
import vn.childplan.period.Sex;
import vn.childplan.reportingcycle.ReportProgress;
import vn.childplan.reportingcycle.ReportStatus;
import vn.childplan.value.Confidentiality;
import vn.childplan.value.SourceKind;
import vn.childplan.value.ValueStatus;

/** The consolidating agency's view of one plan and period, and the late list across plans. */
public final class ConsolidationDtos {
    private ConsolidationDtos() {
    }

    @Schema(name = "Consolidation", description = "Everything the agencies reported on a plan for one period, as the "
            + "consolidating agency gathers it into the plan's report. Only SUBMITTED and ACCEPTED reports count: a "
            + "draft, or a report returned for rework, is still its agency's business.")
    public record ConsolidationDto(
            DocumentRef document,
            PeriodType periodType,
            @Schema(examples = "2016-H1") String periodCode,
            LocalDate periodStart,
            LocalDate periodEnd,
            @Schema(examples = "2016-05-25") LocalDate deadline,
            AgencyRef consolidatingAgency,
            @Schema(description = "The day the obligations are judged on", examples = "2016-06-01") LocalDate asOf,
            ConsolidationCounts counts,
            @Schema(description = "Owing agencies (LEAD or COORDINATE) by name, then agencies that reported without "
                    + "owing") List<AgencyStanding> agencies,
            @Schema(description = "Every task of the plan in tree order with what the counted reports say about it")
            List<TaskNarratives> tasks,
            @Schema(description = "Every indicator of the plan's targets with the figures of the counted reports")
            List<IndicatorFigures> indicators) {
    }

    @Schema(name = "ConsolidationCounts", description = "How the owing agencies stand")
    public record ConsolidationCounts(
            @Schema(description = "Agencies owing a report", examples = "12") int owing,
            @Schema(description = "Owing agencies whose report is SUBMITTED or ACCEPTED", examples = "9") int counted,
            @Schema(examples = "6") int accepted,
            @Schema(description = "Returned for rework, not yet resubmitted", examples = "1") int returned,
            @Schema(description = "Submitted (last) after the deadline", examples = "2") int late,
            @Schema(description = "Nothing submitted and the deadline has passed", examples = "2") int overdue) {
    }

    @Schema(name = "AgencyStanding", description = "One agency's obligation and what its counted report says overall")
    public record AgencyStanding(
            AgencyRef agency,
            @Schema(description = "Its roles in the plan's assignments (LEAD, COORDINATE, REQUESTED)") List<String> roles,
            @Schema(description = "Whether it owes the report (LEAD or COORDINATE)") boolean owes,
            @Schema(description = "As in the plan's obligations: MISSING, DUE or the report's status") ObligationStatus status,
            Long reportId,
            Instant submittedAt,
            Timeliness timeliness,
            boolean overdue,
            @Schema(description = "Khó khăn, vướng mắc; only from a counted report") String difficulties,
            @Schema(description = "Kiến nghị; only from a counted report") String proposals) {
    }

    @Schema(name = "TaskNarratives", description = "One task and every counted report's narrative on it")
    public record TaskNarratives(
            TaskRef task,
            @Schema(description = "0 for a top-level task", examples = "1") int depth,
            List<AgencyNarrative> narratives) {
    }

    @Schema(name = "AgencyNarrative", description = "What one agency reports on one task")
    public record AgencyNarrative(
            AgencyRef agency,
            @Schema(description = "Its role on this task; null when it is not assigned to it") AssignmentRole role,
            ReportProgress progress,
            String narrative,
            long reportId,
            ReportStatus reportStatus) {
    }

    @Schema(name = "IndicatorFigures", description = "One indicator of the plan's targets and the figures reported for it")
    public record IndicatorFigures(IndicatorRef indicator, List<FigureRow> rows) {
    }

    @Schema(name = "FigureRow", description = "The figures reported for one unit and breakdown. Several agencies "
            + "reporting the same unit and breakdown are flagged (duplicate), never summed.")
    public record FigureRow(
            UnitRef unit,
            Sex sex,
            @Schema(examples = "ALL") String ageGroup,
            AreaType areaType,
            @Schema(description = "One per reporting agency, by agency name") List<AgencyFigure> figures,
            @Schema(description = "More than one agency reported this unit and breakdown") boolean duplicate,
            @Schema(description = "Every figure of the row is the same value; null when a figure of the row is "
                    + "withheld from the caller (suppressed), as the answer would tell it") Boolean agree,
            @Schema(description = "The indicator value stored for this unit, breakdown and period, if any") StoredValue stored,
            @Schema(description = "A value is stored and some reported figure differs from it; null when a figure "
                    + "of the row or the stored value is withheld from the caller (suppressed)") Boolean conflict) {
    }

    @Schema(name = "AgencyFigure", description = "One agency's figure")
    public record AgencyFigure(AgencyRef agency, long reportId, ReportStatus reportStatus,
            @Schema(description = "Null when suppressed", examples = "96.5") BigDecimal value,
            @Schema(description = "True when the figure is withheld from the caller (small-cell suppression, as the "
                    + "report's own answer withholds it)") boolean suppressed,
            Confidentiality confidentiality, String note) {
    }

    @Schema(name = "StoredValue", description = "The indicator value under the same natural key")
    public record StoredValue(long id, @Schema(description = "Null when suppressed", examples = "96.5") BigDecimal value,
            @Schema(description = "True when the value is withheld from the caller (small-cell suppression, as the "
                    + "value list withholds it)") boolean suppressed,
            Confidentiality confidentiality, ValueStatus status, SourceKind sourceKind, String sourceName,
            @Schema(description = "The accepted report it was published from, if any") Long reportId) {
    }

    /** MISSING: nothing submitted and the deadline has passed; LATE: the (last) submission came after it. */
    public enum LateStatus {
        MISSING, LATE
    }

    @Schema(name = "LateReport", description = "A report owed on a plan for a period that is missing or came late")
    public record LateReportDto(
            DocumentRef document,
            AgencyRef agency,
            @Schema(description = "Its roles in the plan's assignments (LEAD, COORDINATE)") List<String> roles,
            PeriodType periodType,
            @Schema(examples = "2016-H1") String periodCode,
            LocalDate periodStart,
            LocalDate periodEnd,
            @Schema(examples = "2016-05-25") LocalDate deadline,
            AgencyRef consolidatingAgency,
            LateStatus status,
            @Schema(description = "The report, when one exists (a draft too)") Long reportId,
            ReportStatus reportStatus,
            Instant submittedAt,
            @Schema(description = "Days from the deadline to the submission (LATE) or to asOf (MISSING)", examples = "12")
            long daysOverdue) {
    }

    @Schema(name = "LateReports", description = "One page of the late list, oldest deadline first")
    public record LateReportsDto(
            @Schema(description = "The day the list is judged on", examples = "2016-12-01") LocalDate asOf,
            List<LateReportDto> items,
            @Schema(description = "Zero-based page number", examples = "0") int page,
            @Schema(description = "Requested page size", examples = "20") int size,
            @Schema(description = "Number of late or missing reports", examples = "42") long totalItems,
            @Schema(description = "Number of pages", examples = "3") int totalPages) {
    }
}
