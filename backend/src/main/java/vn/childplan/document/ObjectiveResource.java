package vn.childplan.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.common.Answers;
import vn.childplan.common.Creates;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Responses;
import org.jboss.resteasy.reactive.RestResponse;
import vn.childplan.document.ObjectiveDtos.ObjectiveDto;
import vn.childplan.document.ObjectiveDtos.ObjectiveInput;
import vn.childplan.security.Roles;

@Path("/api/v1/objectives")
@Tag(name = "Objectives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class ObjectiveResource {
    private final ObjectiveService service;

    public ObjectiveResource(ObjectiveService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listObjectives",
            summary = "List objectives", description = "Sort keys: position, kind (default position).")
    public Page<ObjectiveDto> list(
            @QueryParam("documentId") @Parameter(description = "Only objectives of this document") Long documentId,
            @QueryParam("kind") @Parameter(description = "GENERAL or SPECIFIC") ObjectiveKind kind,
            @Valid @BeanParam PageParams page) {
        return service.list(documentId, kind, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getObjective", summary = "Get an objective",
            description = "One objective of a document, with its ETag. Its targets are listed by "
                    + "GET /api/v1/targets?objectiveId=….")
    public RestResponse<ObjectiveDto> get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "createObjective", summary = "Add an objective to a document",
            description = "Planners add objectives to the documents of their scope (else 403); an unknown document is "
                    + "422 INVALID_REFERENCE.")
    @Creates
    @Answers(ErrorCode.INVALID_REFERENCE)
    public RestResponse<ObjectiveDto> create(@Valid @NotNull ObjectiveInput input, UriInfo uri) {
        return Responses.created(uri, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "replaceObjective",
            summary = "Replace an objective", description = "Requires If-Match with the ETag you read.")
    @Answers({ ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<ObjectiveDto> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ObjectiveInput input) {
        return Responses.changed(ifMatch, v -> service.update(id, v, input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "deleteObjective",
            summary = "Delete an objective and its targets", description = "Requires If-Match with the ETag you read.")
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Responses.deleted(ifMatch, v -> service.delete(id, v));
    }
}
