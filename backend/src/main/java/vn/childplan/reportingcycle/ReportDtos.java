package vn.childplan.reportingcycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.common.Numbers;
import vn.childplan.common.VersionedDto;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.indicator.IndicatorDtos.IndicatorRef;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.task.TaskDtos.TaskRef;
import vn.childplan.period.AreaType;
import vn.childplan.period.PeriodType;
import vn.childplan.period.Sex;
import vn.childplan.value.Confidentiality;
import vn.childplan.value.IndicatorValueDtos;
import vn.childplan.value.Suppression.Suppressed;

/** Request and response shapes of reports (báo cáo kết quả) and of a plan's reporting obligations. */
public final class ReportDtos {
    private ReportDtos() {
    }

    @Schema(name = "ReportSummary", description = "A report without its narratives and history, as lists show it")
    public record ReportSummaryDto(
            @Schema(examples = "1") long id,
            DocumentRef document,
            AgencyRef agency,
            PeriodType periodType,
            @Schema(examples = "2016-H1") String periodCode,
            @Schema(examples = "2016-01-01") LocalDate periodStart,
            @Schema(examples = "2016-06-30") LocalDate periodEnd,
            ReportStatus status,
            @Schema(description = "The last submission; null while never submitted") Instant submittedAt,
            @Schema(description = "Row version, also sent as the ETag", examples = "0") int version) implements VersionedDto {

        public static ReportSummaryDto of(Report r) {
            return new ReportSummaryDto(r.id, DocumentRef.of(r.document), AgencyRef.of(r.agency), r.period.type(),
                    r.period.code(), r.period.start(), r.period.end(), r.status, r.submittedAt, r.version);
        }
    }

    @Schema(name = "Report", description = "One agency's report on one plan for one period")
    public record ReportDto(
            @Schema(examples = "1") long id,
            DocumentRef document,
            AgencyRef agency,
            PeriodType periodType,
            @Schema(examples = "2016-H1") String periodCode,
            @Schema(examples = "2016-01-01") LocalDate periodStart,
            @Schema(examples = "2016-06-30") LocalDate periodEnd,
            ReportStatus status,
            @Schema(description = "Khó khăn, vướng mắc") String difficulties,
            @Schema(description = "Kiến nghị, đề xuất") String proposals,
            @Schema(description = "The last submission; null while never submitted") Instant submittedAt,
            List<NarrativeDto> narratives,
            @Schema(description = "Its figures for the plan's indicators; published into the indicator values when the "
                    + "report is accepted") List<ReportValueDto> values,
            @Schema(description = "Every move of the report, oldest first") List<TransitionDto> transitions,
            @Schema(description = "Row version, also sent as the ETag", examples = "0") int version) implements VersionedDto {

        /** The report as stored: what its authors wrote, and what the audit trail keeps. */
        public static ReportDto of(Report r) {
            return of(r, Suppressed.NONE);
        }

        /** The report as a reader may see it: its figures withheld by {@link ReportFigures}. */
        public static ReportDto of(Report r, Suppressed hidden) {
            return new ReportDto(r.id, DocumentRef.of(r.document), AgencyRef.of(r.agency), r.period.type(),
                    r.period.code(), r.period.start(), r.period.end(), r.status, r.difficulties, r.proposals, r.submittedAt,
                    r.narratives.stream().map(NarrativeDto::of).toList(),
                    r.values.stream().map(v -> ReportValueDto.of(v, hidden)).toList(),
                    r.transitions.stream().map(TransitionDto::of).toList(), r.version);
        }
    }

    @Schema(name = "ReportNarrative", description = "What the report says about one task of the plan")
    public record NarrativeDto(TaskRef task, String narrative, ReportProgress progress) {
        static NarrativeDto of(ReportTaskNarrative n) {
            return new NarrativeDto(TaskRef.of(n.task), n.narrative, n.progress);
        }
    }

    @Schema(name = "ReportValue", description = "A figure the report gives for one of the plan's indicators at one unit "
            + "and breakdown; its period is the report's")
    public record ReportValueDto(IndicatorRef indicator, UnitRef unit, Sex sex, @Schema(examples = "ALL") String ageGroup,
            AreaType areaType, @Schema(description = "Null when suppressed", examples = "96.5") BigDecimal value,
            @Schema(description = "True when the figure is withheld from the caller: a count of a sensitive indicator "
                    + "from 1 to k-1, or withheld so that such a count cannot be recovered (small-cell suppression, "
                    + "as for indicator values; the reporting agency's own officers see it)") boolean suppressed,
            @Schema(description = "FREE shown; PRIMARY a small count withheld; SECONDARY withheld to protect one")
            Confidentiality confidentiality,
            @Schema(description = "The agency's remark on the figure") String note) {
        static ReportValueDto of(ReportValue v, Suppressed hidden) {
            return new ReportValueDto(IndicatorRef.of(v.indicator), UnitRef.of(v.unit), v.breakdown.sex(),
                    v.breakdown.ageGroup(), v.breakdown.areaType(), Numbers.plain(hidden.shown(v.id, v.value)),
                    hidden.hides(v.id), hidden.of(v.id), v.note);
        }
    }

    @Schema(name = "ReportTransition", description = "One move of a report between statuses")
    public record TransitionDto(ReportStatus fromStatus, ReportStatus toStatus,
            @Schema(description = "Token subject of whoever moved it") String bySubject,
            @Schema(description = "Their user name") String byName, Instant at, String comment) {
        static TransitionDto of(ReportTransition t) {
            return new TransitionDto(t.fromStatus, t.toStatus, t.bySubject, t.byName, t.at, t.comment);
        }
    }

    @Schema(name = "ReportCreate", description = "A new DRAFT report of an agency on a plan for a period")
    public record ReportCreateInput(
            @NotNull @Schema(examples = "51") Long documentId,
            @NotNull @Schema(examples = "12") Long agencyId,
            @NotBlank @Size(max = 21)
            @Schema(description = "A period of a type the plan's reporting regime lists", examples = "2016-H1") String periodCode) {
    }

    @Schema(name = "ReportInput", description = "The full new content of a DRAFT or RETURNED report: narratives and "
            + "values replace the stored ones (a task left out loses its narrative, a figure left out is dropped)")
    public record ReportInput(
            @Size(max = 20000) String difficulties,
            @Size(max = 20000) String proposals,
            @Size(max = 500) List<@Valid @NotNull NarrativeInput> narratives,
            @Size(max = 2000) List<@Valid @NotNull ReportValueInput> values) {
    }

    @Schema(name = "ReportValueInput", description = "A figure for one of the plan's target indicators at the plan's "
            + "unit or a unit below it that existed in the report's period; each indicator, unit and breakdown once")
    public record ReportValueInput(
            @NotNull @Schema(examples = "1") Long indicatorId,
            @NotNull @Schema(examples = "46") Long unitId,
            @Schema(description = "Defaults to ALL") Sex sex,
            @Size(max = 20) @Pattern(regexp = IndicatorValueDtos.AGE_GROUP, message = IndicatorValueDtos.AGE_GROUP_MESSAGE)
            @Schema(description = "Defaults to ALL", examples = "ALL") String ageGroup,
            @Schema(description = "Defaults to ALL") AreaType areaType,
            @Digits(integer = 14, fraction = 4)
            @Schema(description = "0–100 for an indicator in %. Null keeps the figure the report holds under the same "
                    + "indicator, unit and breakdown: how a caller re-sends a figure withheld from them (suppressed), "
                    + "which they cannot see; required for a new figure", examples = "96.5") BigDecimal value,
            @Size(max = 4000) String note) {
    }

    @Schema(name = "ReportNarrativeInput", description = "What the report says about one task of the plan")
    public record NarrativeInput(
            @NotNull @Schema(examples = "101") Long taskId,
            @Size(max = 20000) String narrative,
            @Schema(description = "Defaults to IN_PROGRESS") ReportProgress progress) {
    }

    @Schema(name = "ReportTransitionInput", description = "An optional comment on a submission or acceptance")
    public record TransitionInput(@Size(max = 4000) String comment) {
    }

    @Schema(name = "ReportReturnInput", description = "Why the report goes back to its agency")
    public record ReturnInput(@NotBlank @Size(max = 4000) String comment) {
    }

    /** MISSING / DUE: no report (or only a draft) before / after the deadline; otherwise the report's status. */
    public enum ObligationStatus {
        MISSING, DUE, DRAFT, SUBMITTED, ACCEPTED, RETURNED
    }

    /** When the (last) submission came, against the end of the deadline day in Asia/Ho_Chi_Minh. */
    public enum Timeliness {
        ON_TIME, LATE
    }

    @Schema(name = "ReportingObligation", description = "The report one agency owes on a plan for a period")
    public record ObligationDto(
            AgencyRef agency,
            @Schema(description = "The agency's roles in the plan's assignments (LEAD, COORDINATE)") List<String> roles,
            @Schema(description = "MISSING: no submitted report and the deadline has passed; DUE: not yet submitted, "
                    + "deadline still ahead; otherwise the report's status") ObligationStatus status,
            @Schema(description = "The report, when one exists (also a draft)") Long reportId,
            Instant submittedAt,
            @Schema(description = "Of the last submission; null while not submitted") Timeliness timeliness,
            @Schema(description = "Not submitted and the deadline has passed at asOf") boolean overdue) {
    }

    @Schema(name = "ReportingObligations", description = "Who owes which report on a plan for one period: every "
            + "agency with a LEAD or COORDINATE assignment (REQUESTED bodies owe nothing)")
    public record ObligationsDto(
            DocumentRef document,
            PeriodType periodType,
            @Schema(examples = "2016-H1") String periodCode,
            LocalDate periodStart,
            LocalDate periodEnd,
            @Schema(examples = "2016-05-25") LocalDate deadline,
            AgencyRef consolidatingAgency,
            @Schema(description = "The day the status is evaluated on", examples = "2016-05-20") LocalDate asOf,
            List<ObligationDto> items) {
    }
}
