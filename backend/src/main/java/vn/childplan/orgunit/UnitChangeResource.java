package vn.childplan.orgunit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import vn.childplan.orgunit.AdminUnitDtos.UnitChangeDto;
import vn.childplan.orgunit.AdminUnitDtos.UnitChangeInput;
import vn.childplan.security.Roles;

@Path("/api/v1/unit-changes")
@Tag(name = "Administrative units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class UnitChangeResource {
    private final AdminUnitService service;

    public UnitChangeResource(AdminUnitService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listUnitChanges",
            summary = "List reorganisation links (merge, split, rename, upgrade, continuation)",
            description = "Sort keys: effectiveOn, kind.")
    public Page<UnitChangeDto> list(
            @QueryParam("unitId") @Parameter(description = "Only links in which this unit is predecessor or successor") Long unitId,
            @QueryParam("kind") @Parameter(description = "Only this kind of change") UnitChangeKind kind,
            @Valid @BeanParam PageParams page) {
        return service.listChanges(unitId, kind, page);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createUnitChange",
            summary = "Record a reorganisation link", description = "Reference data: administrators only.")
    @Creates
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<UnitChangeDto> create(@Valid @NotNull UnitChangeInput input, UriInfo uri) {
        return Responses.created(uri, service.createChange(input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteUnitChange",
            summary = "Delete a reorganisation link", description = "Requires If-Match with the ETag you read.")
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Responses.deleted(ifMatch, v -> service.deleteChange(id, v));
    }
}
