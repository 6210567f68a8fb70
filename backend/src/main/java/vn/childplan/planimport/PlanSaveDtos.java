package vn.childplan.planimport;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.document.DocumentKind;
import vn.childplan.document.ObjectiveKind;
import vn.childplan.indicator.Comparator;
import vn.childplan.indicator.Direction;
import vn.childplan.orgunit.AgencyKind;
import vn.childplan.planimport.PlanImportDtos.PeriodDraft;
import vn.childplan.planimport.PlanImportDtos.Provenance;
import vn.childplan.planimport.PlanImportDtos.ReferenceDraft;
import vn.childplan.planimport.PlanImportDtos.ReportingDraft;
import vn.childplan.planimport.PlanImportDtos.Signer;
import vn.childplan.planimport.PlanImportDtos.Source;
import vn.childplan.planimport.PlanImportDtos.TargetDraft;
import vn.childplan.planimport.PlanImportDtos.TextItem;
import vn.childplan.task.AssignmentRole;

/**
 * The draft as the planner reviewed it, sent back to be saved: the shape of {@link PlanImportDtos.PlanDraft}, so an
 * importer's answer with the planner's edits is sent as it is, plus the unit and the planner's choices of agency,
 * issuer and indicator. {@code source} and {@code confidence} are accepted and ignored. The fields' own rules are those
 * of the ordinary inputs (DocumentInput, TaskInput…), checked when the draft is saved, with the paths of this body.
 */
public final class PlanSaveDtos {
    private static final String IGNORED = "Accepted as the importer answers it and ignored";

    private PlanSaveDtos() {
    }

    @Schema(name = "NewAgency", description = "An agency to create in the plan's unit, when none of ChildPlan's is meant")
    public record NewAgency(
            @Schema(examples = "Hội Chữ thập đỏ tỉnh Thừa Thiên Huế") String name,
            @Schema(examples = "Hội Chữ thập đỏ") String shortName,
            @Schema(description = "Optional; upper-case letters and digits in groups joined by '-'", examples = "HUE-HCTD") String code,
            AgencyKind kind) {
    }

    @Schema(name = "NewIndicator", description = "An indicator to add to the national catalogue (administrators only)")
    public record NewIndicator(
            @Schema(examples = "CHILD_U6_HEALTH_INSURANCE_RATE") String code,
            @Schema(examples = "Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế") String nameVi,
            @Schema(examples = "Children under 6 with a health insurance card") String nameEn,
            @Schema(examples = "%") String unit,
            Direction direction) {
    }

    @Schema(name = "ReviewedDocument", description = "The plan's metadata as reviewed; issuerId, or newIssuer, names "
            + "the issuing agency")
    public record ReviewedDocument(
            @Schema(description = "Số hiệu; may be left empty in a draft", examples = "26/KH-UBND") String number,
            DocumentKind kind,
            String title,
            LocalDate issuedOn,
            @Schema(description = "The issuer as written; " + IGNORED) String issuer,
            @Schema(description = "The issuing agency", examples = "3") Long issuerId,
            NewAgency newIssuer,
            Signer signer,
            String field,
            @Schema(description = "Years the plan covers; both required") PeriodDraft period,
            Source source,
            @Schema(description = IGNORED) Double confidence,
            @Schema(description = IGNORED) Map<String, Provenance> provenance) {
    }

    @Schema(name = "ReviewedCitation", description = "A document the plan implements; only those with a documentId "
            + "are linked, the others are dropped")
    public record ReviewedCitation(String number, String kind, LocalDate date, String issuer, Long documentId,
            Source source, Double confidence) {
    }

    @Schema(name = "ReviewedTarget", description = "A target: indicatorId, or newIndicator, names its indicator; "
            + "`text` is kept as the target's source sentence and `breakdown` as its sub-group")
    public record ReviewedTarget(String text,
            @Schema(description = "The indicator as written; " + IGNORED) String indicator,
            Long indicatorId, NewIndicator newIndicator, Comparator comparator, BigDecimal value, String unit,
            Integer year, String breakdown, Source source, Double confidence) {
    }

    @Schema(name = "ReviewedObjective")
    public record ReviewedObjective(ObjectiveKind kind, String text, List<@Valid @NotNull ReviewedTarget> targets,
            Source source, Double confidence) {
    }

    @Schema(name = "ReviewedTask", description = "A task and its sub-tasks; numbers are unique within the plan")
    public record ReviewedTask(String number, String title, String scope, List<@Valid @NotNull ReviewedTask> children,
            Source source, Double confidence) {
    }

    @Schema(name = "ReviewedAssignment", description = "An agency's part in the task numbered taskNumber: agencyId, "
            + "or newAgency (created once per name however many assignments name it)")
    public record ReviewedAssignment(
            @Schema(description = "The agency as written; " + IGNORED) String agency,
            Long agencyId, NewAgency newAgency,
            @Schema(description = "LEAD (chủ trì, at most one per task), COORDINATE or REQUESTED")
            AssignmentRole role,
            String taskNumber,
            @Schema(description = IGNORED + " (the reporting regime is set on the plan afterwards)") boolean consolidates,
            Source source, Double confidence) {
    }

    @Schema(name = "PlanImportSave", description = "A reviewed draft to save as a DRAFT plan of unitId. Purposes, "
            + "requirements and funding are kept as the plan's text; the top-level `targets` (the objectives' targets "
            + "repeated), references, reporting, recurring events, external systems and warnings are ignored.")
    public record ReviewedPlan(
            @NotNull @Schema(description = "The administrative unit the plan governs", examples = "46") Long unitId,
            @NotNull @Valid ReviewedDocument document,
            @JsonProperty("implements") List<@Valid @NotNull ReviewedCitation> implementsDocuments,
            @Schema(description = IGNORED) List<ReferenceDraft> references,
            List<@NotNull TextItem> purposes,
            List<@NotNull TextItem> requirements,
            List<@Valid @NotNull ReviewedObjective> objectives,
            @Schema(description = IGNORED) List<TargetDraft> targets,
            List<@Valid @NotNull ReviewedTask> tasks,
            List<@Valid @NotNull ReviewedAssignment> assignments,
            List<@NotNull TextItem> funding,
            @Schema(description = IGNORED) ReportingDraft reporting,
            @Schema(description = IGNORED) List<TextItem> recurringEvents,
            @Schema(description = IGNORED) List<TextItem> externalSystems,
            @Schema(description = IGNORED) List<TextItem> warnings) {
    }
}
