package vn.childplan.officialdoc;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.common.Answers;
import vn.childplan.common.ErrorCode;
import vn.childplan.reportingcycle.Obligations;
import vn.childplan.security.Roles;

/** The consolidated report of a plan and period as an official document (DOCX or PDF). */
@Path("/api/v1/plans/{id}/consolidated-report")
@Tag(name = "Reports")
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class ConsolidatedReportResource {
    static final String DISPOSITION = "attachment; filename=\"...\"; filename*=UTF-8''... (RFC 6266: the Vietnamese "
            + "name percent-encoded in filename*, the same without diacritics in filename)";
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.valueOf(DocumentFormat.DOCX_TYPE),
            MediaType.valueOf(DocumentFormat.PDF_TYPE)).build();

    private final OfficialDocumentService service;

    public ConsolidatedReportResource(OfficialDocumentService service) {
        this.service = service;
    }

    @GET
    @Produces({ DocumentFormat.DOCX_TYPE, DocumentFormat.PDF_TYPE })
    @Operation(operationId = "getConsolidatedReportDocument",
            summary = "The consolidated report of a plan and period as a Word or PDF document",
            description = "The consolidation of GET /plans/{id}/consolidation as the lead agency's report (báo cáo) "
                    + "in the administrative format of Nghị định 30/2020/NĐ-CP: A4, Times New Roman 13 pt (Liberation "
                    + "Serif, metric-compatible, embedded in the PDF), the header (the consolidating agency under the "
                    + "People's Committee of the plan's unit, `Số: …/BC-…`, Quốc hiệu and Tiêu ngữ, place and the day "
                    + "judged on), the title BÁO CÁO with the plan and period, then how the agencies reported, every "
                    + "task with the agencies' narratives, a table of the figures per indicator, unit and breakdown "
                    + "(several agencies' figures apart, never summed, with the value stored), difficulties, "
                    + "proposals, Nơi nhận and the signer. The report's number and signer are not held: they are "
                    + "left blank for the clerk. `format=` (for links in a browser) overrides `Accept`. The same "
                    + "rules as the consolidation: 404 outside the caller's scope, 422 for a period the plan's "
                    + "regime does not owe; an agency the caller may not read is left out.")
    @APIResponse(responseCode = "200", description = "The document",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = DISPOSITION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = DocumentFormat.DOCX_TYPE,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = DocumentFormat.PDF_TYPE,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @Answers({ ErrorCode.NOT_ACCEPTABLE, ErrorCode.RULE_VIOLATED })
    public Response document(@PathParam("id") @Parameter(description = "Document id") long id,
            @QueryParam("periodCode") @Parameter(description = "The period", example = "2016-H1", required = true)
            String periodCode,
            @QueryParam("asOf") @Parameter(description = "The day to judge obligations on and the report's date, "
                    + Obligations.AS_OF + "; default today in Asia/Ho_Chi_Minh", example = "2016-06-01") LocalDate asOf,
            @QueryParam("format") @Parameter(description = "The file format, overriding Accept (for links in a "
                    + "browser)", schema = @Schema(type = SchemaType.STRING, enumeration = { "docx", "pdf" }))
            String format,
            @Context Request request) {
        Variant accepted = request.selectVariant(VARIANTS);
        DocumentFormat negotiated = accepted == null ? DocumentFormat.DOCX
                : DocumentFormat.ofMediaType(accepted.getMediaType().toString()).orElse(DocumentFormat.DOCX);
        Attachment file = service.consolidatedReport(id, periodCode, asOf, format, negotiated);
        return Response.ok(file.content(), file.format().mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition()).build();
    }
}
