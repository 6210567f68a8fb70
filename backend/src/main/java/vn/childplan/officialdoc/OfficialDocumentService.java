package vn.childplan.officialdoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import vn.childplan.analytics.ConsolidationService;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Problem;
import vn.childplan.plan.PlanService;

/**
 * Official documents built from what the caller may read: the API's own answers (the plan view, the consolidation)
 * as JSON, so every reference passes the scope rule of the answers ({@code ScopedReferences}) before it is written.
 * A document is a few pages; it is written to memory inside the read's transaction.
 */
@ApplicationScoped
public class OfficialDocumentService {
    private final PlanService plans;
    private final ConsolidationService consolidations;
    private final ObjectMapper json;

    public OfficialDocumentService(PlanService plans, ConsolidationService consolidations, ObjectMapper json) {
        this.plans = plans;
        this.consolidations = consolidations;
        this.json = json;
    }

    /**
     * The consolidated report of plan {@code documentId} for {@code periodCode} as judged on {@code asOf}: 404
     * outside the caller's scope, 422 for a period the regime does not owe, 400 for an unknown {@code format}
     * (which, when given, overrides the negotiated one).
     */
    @Transactional
    public Attachment consolidatedReport(long documentId, String periodCode, LocalDate asOf, String format,
            DocumentFormat negotiated) {
        DocumentFormat chosen = format(format, negotiated);
        JsonNode plan = json.valueToTree(plans.view(documentId));
        JsonNode consolidation = json.valueToTree(consolidations.consolidation(documentId, periodCode, asOf));
        String number = plan.path("document").path("number").asText("");
        String name = "Báo cáo tổng hợp " + (number.isBlank() ? "kế hoạch " + documentId : number.replace('/', '-'))
                + " " + consolidation.path("periodCode").asText().replace('/', '_') + "." + chosen.code;
        return new Attachment(render(ConsolidatedReport.of(consolidation, plan), chosen), chosen, name);
    }

    /** Plan {@code documentId} as a Word document (404 outside the caller's scope). */
    @Transactional
    public Attachment plan(long documentId) {
        JsonNode plan = json.valueToTree(plans.view(documentId));
        String number = plan.path("document").path("number").asText("");
        String name = "Kế hoạch " + (number.isBlank() ? String.valueOf(documentId) : number.replace('/', '-'))
                + ".docx";
        return new Attachment(render(PlanDocument.of(plan), DocumentFormat.DOCX), DocumentFormat.DOCX, name);
    }

    private static DocumentFormat format(String format, DocumentFormat negotiated) {
        if (format == null || format.isBlank()) {
            return negotiated;
        }
        return DocumentFormat.ofCode(format).orElseThrow(() -> {
            List<Problem.Violation> v = List.of(new Problem.Violation("format", "one of docx, pdf", "Enum"));
            return new ApiException(ErrorCode.VALIDATION_FAILED, v, v.size());
        });
    }

    private static byte[] render(OfficialDocument document, DocumentFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == DocumentFormat.PDF) {
                PdfWriter.write(document, out);
            } else {
                DocxWriter.write(document, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
