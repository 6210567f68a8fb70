package vn.childplan.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.childplan.attachment.AttachmentDtos.AttachmentDto;
import vn.childplan.common.Answers;
import vn.childplan.common.Creates;
import vn.childplan.common.ErrorCode;
import vn.childplan.security.Roles;

/** The files of a plan. */
@Path("/api/v1/plans/{id}/attachments")
@Tag(name = "Attachments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class PlanAttachmentResource {
    private final AttachmentService service;

    public PlanAttachmentResource(AttachmentService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listPlanAttachments", summary = "List the files of a plan",
            description = "Oldest first, for whoever may read the plan; outside the caller's scope 404.")
    public List<AttachmentDto> list(@PathParam("id") long id) {
        return service.list(AttachmentService.Owner.PLAN, id);
    }

    @POST
    @Creates
    // any media type reaches the method: the content decides what the file is
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "uploadPlanAttachment", summary = "Attach a file to a plan",
            description = Uploads.DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Answers(ErrorCode.UNSUPPORTED_ATTACHMENT_TYPE)
    public RestResponse<AttachmentDto> upload(@PathParam("id") long id,
            @QueryParam("name") @Parameter(required = true, description = Uploads.NAME) String name,
            @QueryParam("kind") @Parameter(description = "SIGNED_PLAN (the signed text) or OTHER (default)") AttachmentKind kind,
            @NotNull InputStream body, @Context UriInfo uri) {
        return Uploads.store(service, AttachmentService.Owner.PLAN, id, name, kind, body, uri);
    }
}
