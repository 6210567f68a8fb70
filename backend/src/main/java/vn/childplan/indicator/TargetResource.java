package vn.childplan.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.childplan.indicator.TargetDtos.TargetDto;
import vn.childplan.indicator.TargetDtos.TargetInput;
import vn.childplan.security.Roles;

@Path("/api/v1/targets")
@Tag(name = "Targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class TargetResource {
    private final TargetService service;

    public TargetResource(TargetService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listTargets", summary = "List targets",
            description = "Targets (chỉ tiêu) of specific objectives, each with its indicator. Sort keys: targetYear, id.")
    public Page<TargetDto> list(
            @QueryParam("documentId") @Parameter(description = "Only targets of this document's objectives") Long documentId,
            @QueryParam("objectiveId") @Parameter(description = "Only targets of this objective") Long objectiveId,
            @QueryParam("indicatorId") @Parameter(description = "Only targets on this indicator") Long indicatorId,
            @QueryParam("targetYear") @Min(1945) @Max(2100) @Parameter(description = "Only targets for this year", example = "2025") Integer targetYear,
            @Valid @BeanParam PageParams page) {
        return service.list(documentId, objectiveId, indicatorId, targetYear, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTarget", summary = "Get a target",
            description = "One target of an objective: the indicator, its breakdown, the comparator, the value to "
                    + "reach and by when, with its ETag. Its attainment is GET /api/v1/plans/{id}/progress.")
    public RestResponse<TargetDto> get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "createTarget", summary = "Create a target",
            description = "The objective must be specific, the target year inside the document's period, a percentage "
                    + "between 0 and 100, and a baseline given with its year (not after the target year); otherwise 422.")
    @Creates
    @Answers({ ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<TargetDto> create(@Valid @NotNull TargetInput input, UriInfo uri) {
        return Responses.created(uri, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "replaceTarget",
            summary = "Replace a target", description = "Requires If-Match with the ETag you read; same rules as create.")
    @Answers({ ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<TargetDto> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TargetInput input) {
        return Responses.changed(ifMatch, v -> service.update(id, v, input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "deleteTarget",
            summary = "Delete a target", description = "Requires If-Match with the ETag you read.")
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Responses.deleted(ifMatch, v -> service.delete(id, v));
    }
}
