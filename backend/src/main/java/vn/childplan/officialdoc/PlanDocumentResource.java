package vn.childplan.officialdoc;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
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
import vn.childplan.security.Roles;

/** A plan as an official document (DOCX). */
@Path("/api/v1/plans/{id}/document")
@Tag(name = "Documents and plans")
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class PlanDocumentResource {
    private final OfficialDocumentService service;

    public PlanDocumentResource(OfficialDocumentService service) {
        this.service = service;
    }

    @GET
    @Produces(DocumentFormat.DOCX_TYPE)
    @Operation(operationId = "getPlanDocument", summary = "A plan as a Word document",
            description = "The plan of GET /plans/{id} as an administrative document (Kế hoạch) in the format of "
                    + "Nghị định 30/2020/NĐ-CP: A4, Times New Roman 13 pt, the header (issuing body, number, Quốc "
                    + "hiệu and Tiêu ngữ, place and date of issue), the title KẾ HOẠCH with the plan's subject, the "
                    + "documents it implements, purposes and requirements, objectives with a table of their targets, "
                    + "the tasks with the agencies that lead, coordinate or are requested, funding, each agency's "
                    + "duties (Tổ chức thực hiện), Nơi nhận and the signer. A number, date or signer the plan does "
                    + "not hold is left blank for the clerk. 404 outside the caller's scope; an agency the caller "
                    + "may not read is left out.")
    @APIResponse(responseCode = "200", description = "The document",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = ConsolidatedReportResource.DISPOSITION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = DocumentFormat.DOCX_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Answers(ErrorCode.NOT_ACCEPTABLE)
    public Response document(@PathParam("id") @Parameter(description = "Document id") long id) {
        Attachment file = service.plan(id);
        return Response.ok(file.content(), file.format().mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition()).build();
    }
}
