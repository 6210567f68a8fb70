package vn.childplan.planimport;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The draft the importer proposes from a plan document. Every item carries {@link Source} (the first and last line of
 * the input it was read from, 1-based) and a confidence from 0 to 1; what the document does not say is null or an
 * empty list. The names are part of the contract: acceptance tests and an external scorer read them.
 */
public final class PlanImportDtos {
    private PlanImportDtos() {
    }

    @Schema(description = "First and last line (1-based, inclusive) of the input text an item was read from")
    public record Source(int from, int to) {
        static Source of(int from, int to) {
            return new Source(from, Math.max(from, to));
        }

        Source join(Source other) {
            return other == null ? this : new Source(Math.min(from, other.from), Math.max(to, other.to));
        }
    }

    @Schema(description = "Where one field of the document's metadata was read, and how sure the reading is")
    public record Provenance(Source source, double confidence) {
    }

    @Schema(description = "The document's metadata. `provenance` names, for every field that is not null, the lines it "
            + "was read from and the confidence (keys: number, kind, title, issuedOn, issuer, signer, field, period).")
    public record DocumentDraft(String number, String kind, String title, LocalDate issuedOn, String issuer,
            Signer signer, String field, PeriodDraft period, Source source, double confidence,
            Map<String, Provenance> provenance) {
    }

    public record Signer(String name, String title, Source source, double confidence) {
    }

    @Schema(description = "Years the plan covers, e.g. 2016–2016 for \"năm 2016\", 2021–2030 for \"giai đoạn 2021 - 2030\"")
    public record PeriodDraft(Integer from, Integer to, Source source, double confidence) {
    }

    @Schema(description = "A document this one implements (\"Thực hiện …\", \"Triển khai …\"); documentId when "
            + "ChildPlan holds a document with that number that the caller may read")
    public record ImplementsDraft(String number, String kind, LocalDate date, String issuer, Long documentId,
            Source source, double confidence) {
    }

    @Schema(description = "A document only cited (\"Căn cứ …\")")
    public record ReferenceDraft(String number, String kind, LocalDate date, String issuer, Long documentId,
            Source source, double confidence) {
    }

    @Schema(description = "A passage of text: a purpose, requirement, funding source, recurring event, external system "
            + "or warning")
    public record TextItem(String text, Source source, double confidence) {
    }

    public record ObjectiveDraft(String kind, String text, List<TargetDraft> targets, Source source, double confidence) {
    }

    @Schema(description = "A target read from a sentence. Comparators: \"trên\" GT, \"dưới\" LT, \"đạt\"/\"ít nhất\"/"
            + "a bare figure GE, \"không quá\"/\"tối đa\" LE, a bare 100% EQ. indicatorId when the indicator name "
            + "matches one of the catalogue, else null (a proposed new indicator).")
    public record TargetDraft(String text, String indicator, Long indicatorId, String comparator, BigDecimal value,
            String unit, Integer year, String breakdown, Source source, double confidence) {
    }

    @Schema(description = "A task with its number as a path of the document's numbering (\"II\", \"II.3\", "
            + "\"II.3.a\"; the rows of an appendix's table under \"PL\") and its sub-tasks; time is when it is done as "
            + "written (a table's \"Thời gian thực hiện\" column, a \"Thời gian thực hiện: …\" line), null when not said")
    public record TaskDraft(String number, String title, String scope, String time, List<TaskDraft> children,
            Source source, double confidence) {
    }

    @Schema(description = "An agency's part in a task: LEAD (chủ trì), COORDINATE (phối hợp), REQUESTED (đề nghị); "
            + "consolidates when it gathers the reports (tổng hợp, báo cáo). agencyId when the name matches an agency "
            + "of the caller's unit or a national one, short forms included (Sở LĐTBXH).")
    public record AssignmentDraft(String agency, Long agencyId, String role, String taskNumber, boolean consolidates,
            Source source, double confidence) {
    }

    public record DeadlineDraft(String periodType, int day, int month, Source source, double confidence) {
    }

    @Schema(description = "The reporting regime: periods (HALF_YEAR for 6 tháng, YEAR for hằng năm, QUARTER, MONTH), "
            + "deadlines (\"trước ngày 25/5\"), to whom and through whom")
    public record ReportingDraft(List<String> periods, List<DeadlineDraft> deadlines, String to, String via,
            Source source, double confidence) {
    }

    @Schema(description = "A proposed plan read from a document; nothing is saved")
    public record PlanDraft(DocumentDraft document,
            @JsonProperty("implements") List<ImplementsDraft> implementsDocuments,
            List<ReferenceDraft> references, List<TextItem> purposes, List<TextItem> requirements,
            List<ObjectiveDraft> objectives, List<TargetDraft> targets, List<TaskDraft> tasks,
            List<AssignmentDraft> assignments, List<TextItem> funding, ReportingDraft reporting,
            List<TextItem> recurringEvents, List<TextItem> externalSystems, List<TextItem> warnings) {
    }
}
