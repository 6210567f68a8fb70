package vn.childplan.orgunit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.LocalDate;
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
import vn.childplan.orgunit.AdminUnitDtos.AdminUnitDetail;
import vn.childplan.orgunit.AdminUnitDtos.AdminUnitDto;
import vn.childplan.orgunit.AdminUnitDtos.AdminUnitInput;
import vn.childplan.security.Roles;

@Path("/api/v1/admin-units")
@Tag(name = "Administrative units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class AdminUnitResource {
    private final AdminUnitService service;

    public AdminUnitResource(AdminUnitService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listAdminUnits", summary = "List administrative units",
            description = "Official units with their validity. Sort keys: code, name, level, validFrom, validTo. "
                    + "`validOn` answers the boundaries of a given day, e.g. 2016-06-01 (63 provinces) or 2025-07-01 (34).")
    public Page<AdminUnitDto> list(
            @QueryParam("level") @Parameter(description = "Only this level") AdminLevel level,
            @QueryParam("code") @Size(max = 5) @Parameter(description = "Only this official code", example = "46") String code,
            @QueryParam("parentCode") @Size(max = 5) @Parameter(description = "Only units under this parent code", example = "30") String parentCode,
            @QueryParam("validOn") @Parameter(description = "Only units in force on this day (yyyy-MM-dd)", example = "2016-06-01") LocalDate validOn,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Words of the name; diacritics and case are ignored", example = "hue") String q,
            @Valid @BeanParam PageParams page) {
        return service.list(level, code, parentCode, validOn, q, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdminUnit",
            summary = "Get an administrative unit with its predecessors and successors",
            description = "The unit as it stood between validFrom and validTo, with the reorganisation links (merge, "
                    + "split, rename, upgrade, continuation) to the units it came from and those it became, and its ETag.")
    public RestResponse<AdminUnitDetail> get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createAdminUnit",
            summary = "Create an administrative unit", description = "Reference data: administrators only.")
    @Creates
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.RULE_VIOLATED })
    public RestResponse<AdminUnitDto> create(@Valid @NotNull AdminUnitInput input, UriInfo uri) {
        return Responses.created(uri, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceAdminUnit",
            summary = "Replace an administrative unit", description = "Requires If-Match with the ETag you read.")
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.RULE_VIOLATED })
    public RestResponse<AdminUnitDto> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AdminUnitInput input) {
        return Responses.changed(ifMatch, v -> service.update(id, v, input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteAdminUnit", summary = "Delete an administrative unit",
            description = "Refused with 409 while agencies, documents, changes or child units refer to it.")
    @Answers(ErrorCode.STILL_REFERENCED)
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Responses.deleted(ifMatch, v -> service.delete(id, v));
    }
}
