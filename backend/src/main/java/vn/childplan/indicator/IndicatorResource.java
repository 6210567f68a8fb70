package vn.childplan.indicator;

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
import vn.childplan.indicator.IndicatorDtos.IndicatorDto;
import vn.childplan.indicator.IndicatorDtos.IndicatorInput;
import vn.childplan.security.Roles;

@Path("/api/v1/indicators")
@Tag(name = "Indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class IndicatorResource {
    private final IndicatorService service;

    public IndicatorResource(IndicatorService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listIndicators",
            summary = "List indicators", description = "The indicator catalogue. Sort keys: code, nameVi, nameEn.")
    public Page<IndicatorDto> list(
            @QueryParam("direction") @Parameter(description = "Only indicators improving in this direction") Direction direction,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Words of the code or either name; diacritics, case and Unicode form are ignored", example = "tiem chung") String q,
            @Valid @BeanParam PageParams page) {
        return service.list(direction, q, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIndicator", summary = "Get an indicator",
            description = "One indicator of the catalogue: code, name, measure and how its values aggregate "
                    + "(SUM, RATIO of two SUM indicators, NONE), with its ETag.")
    public RestResponse<IndicatorDto> get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createIndicator", summary = "Create an indicator",
            description = "The catalogue is shared by every province: administrators only. Refused with 409 DUPLICATE when the code is taken.")
    @Creates
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<IndicatorDto> create(@Valid @NotNull IndicatorInput input, UriInfo uri) {
        return Responses.created(uri, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceIndicator",
            summary = "Replace an indicator", description = "Requires If-Match with the ETag you read.")
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<IndicatorDto> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull IndicatorInput input) {
        return Responses.changed(ifMatch, v -> service.update(id, v, input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteIndicator", summary = "Delete an indicator",
            description = "Requires If-Match with the ETag you read. Refused with 409 while targets refer to it.")
    @Answers(ErrorCode.STILL_REFERENCED)
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Responses.deleted(ifMatch, v -> service.delete(id, v));
    }
}
