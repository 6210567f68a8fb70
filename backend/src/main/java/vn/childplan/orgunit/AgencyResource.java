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
import vn.childplan.orgunit.AgencyDtos.AgencyDto;
import vn.childplan.orgunit.AgencyDtos.AgencyInput;
import vn.childplan.security.Roles;

@Path("/api/v1/agencies")
@Tag(name = "Agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class AgencyResource {
    private final AgencyService service;

    public AgencyResource(AgencyService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listAgencies",
            summary = "List agencies", description = "Sort keys: name, kind, validFrom.")
    public Page<AgencyDto> list(
            @QueryParam("unitId") @Parameter(description = "Only agencies of this administrative unit") Long unitId,
            @QueryParam("kind") @Parameter(description = "Only this kind") AgencyKind kind,
            @QueryParam("validOn") @Parameter(description = "Only agencies in existence on this day", example = "2016-06-01") LocalDate validOn,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Words of the name or short name; diacritics, case and Unicode form are ignored", example = "so y te") String q,
            @Valid @BeanParam PageParams page) {
        return service.list(unitId, kind, validOn, q, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAgency", summary = "Get an agency",
            description = "The agency with its unit, validity and successor, and its ETag.")
    public RestResponse<AgencyDto> get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "createAgency", summary = "Create an agency",
            description = "Planners create agencies of their unit and the units below it (else 403). An unknown unit "
                    + "or successor is 422 INVALID_REFERENCE, validTo before validFrom 422; the same name in the same "
                    + "unit from the same date, or a code already taken, is 409 DUPLICATE.")
    @Creates
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<AgencyDto> create(@Valid @NotNull AgencyInput input, UriInfo uri) {
        return Responses.created(uri, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "replaceAgency",
            summary = "Replace an agency", description = "Requires If-Match with the ETag you read.")
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<AgencyDto> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AgencyInput input) {
        return Responses.changed(ifMatch, v -> service.update(id, v, input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "deleteAgency",
            summary = "Delete an agency", description = "Refused with 409 while documents or assignments refer to it.")
    @Answers(ErrorCode.STILL_REFERENCED)
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Responses.deleted(ifMatch, v -> service.delete(id, v));
    }
}
