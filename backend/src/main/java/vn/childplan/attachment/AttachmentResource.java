package vn.childplan.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.childplan.attachment.AttachmentDtos.AttachmentDto;
import vn.childplan.common.Answers;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Responses;
import vn.childplan.security.Roles;

/** One file, whoever it belongs to: its description, its content and its deletion. */
@Path("/api/v1/attachments")
@Tag(name = "Attachments")
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class AttachmentResource {
    private final AttachmentService service;

    public AttachmentResource(AttachmentService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAttachment", summary = "Get a file's description",
            description = "Name, detected media type, size, SHA-256, uploader and time, with the ETag to send back in "
                    + "If-Match when deleting it; 404 for a caller who may not read its plan, report or value.")
    public RestResponse<AttachmentDto> get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @GET
    @Path("/{id}/content")
    @Operation(operationId = "getAttachmentContent", summary = "Download a file",
            description = "The bytes as uploaded, as the media type detected at upload, with the file's name in "
                    + "Content-Disposition (RFC 6266: `filename*` in UTF-8 for Vietnamese names, an ASCII `filename` "
                    + "beside it) and its SHA-256 as ETag. Under the read rule of the record it belongs to.")
    @APIResponse(responseCode = "200", description = "The file",
            headers = {
                    @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment; filename=\"Ke hoach "
                            + "(ban ky).pdf\"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20(b%E1%BA%A3n%20k%C3%BD).pdf",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, description = "The SHA-256 of the content, quoted",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("id") long id) {
        AttachmentDto a = service.get(id);
        StreamingOutput body = out -> service.copy(id, out);
        return Response.ok(body, a.mediaType()).tag(new EntityTag(a.sha256()))
                .header(HttpHeaders.CONTENT_LENGTH, a.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(a.name())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.INTEGRATION })
    @Operation(operationId = "deleteAttachment", summary = "Delete a file",
            description = "Requires If-Match with the ETag of GET /attachments/{id}. Only while the record it belongs "
                    + "to is a draft (a plan in DRAFT, a report in DRAFT or RETURNED, an ESTIMATE value), else 409 "
                    + "ATTACHMENT_LOCKED; by whoever may edit that record. Audited with the file's SHA-256.")
    @Answers(ErrorCode.ATTACHMENT_LOCKED)
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Responses.deleted(ifMatch, v -> service.delete(id, v));
    }
}
