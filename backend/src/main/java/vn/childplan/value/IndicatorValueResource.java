package vn.childplan.value;

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
import org.jboss.resteasy.reactive.RestResponse;
import vn.childplan.common.Answers;
import vn.childplan.common.Creates;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Responses;
import vn.childplan.value.IndicatorValueDtos.IndicatorValueBatch;
import vn.childplan.value.IndicatorValueDtos.IndicatorValueBatchResult;
import vn.childplan.value.IndicatorValueDtos.IndicatorValueDto;
import vn.childplan.value.IndicatorValueDtos.IndicatorValueInput;
import vn.childplan.security.Roles;
import vn.childplan.period.PeriodType;

@Path("/api/v1/indicator-values")
@Tag(name = "Indicator values")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class IndicatorValueResource {
    private final IndicatorValueService service;

    public IndicatorValueResource(IndicatorValueService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listIndicatorValues", summary = "List indicator values",
            description = "Reported values of the units the caller may see. Sort keys: periodStart, id.")
    public Page<IndicatorValueDto> list(
            @QueryParam("indicatorId") @Parameter(description = "Only values of this indicator") Long indicatorId,
            @QueryParam("unitId") @Parameter(description = "Only values of this administrative unit") Long unitId,
            @QueryParam("periodCode") @Parameter(description = "Only values of this period", example = "2016-H1") String periodCode,
            @QueryParam("periodType") @Parameter(description = "Only values of periods of this type") PeriodType periodType,
            @QueryParam("status") @Parameter(description = "Only estimates or only final values") ValueStatus status,
            @Valid @BeanParam PageParams page) {
        return service.list(indicatorId, unitId, periodCode, periodType, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIndicatorValue", summary = "Get an indicator value",
            description = "One value: indicator, unit, period, breakdown, status, source and evidence, with its "
                    + "ETag to send back in If-Match when correcting it.")
    public RestResponse<IndicatorValueDto> get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.INTEGRATION })
    @Operation(operationId = "createIndicatorValue", summary = "Report an indicator value",
            description = "Admins and machine clients report for any unit, planners and officers for their unit and "
                    + "the units below it (else 403). A percentage lies between 0 and 100, the unit must have existed "
                    + "during the period and a FINAL value needs an ended period (else 422); the same indicator, unit, "
                    + "period, sex, age group and area type twice is 409.")
    @Creates
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<IndicatorValueDto> create(@Valid @NotNull IndicatorValueInput input, UriInfo uri) {
        return Responses.created(uri, service.create(input));
    }

    @POST
    @Path("/batch")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.INTEGRATION })
    @Operation(operationId = "reportIndicatorValues", summary = "Report up to 1000 indicator values at once",
            description = "All or nothing. Each row creates a value, or corrects the one stored under the same natural "
                    + "key when it gives that value's version. Every row is checked before anything is written: when "
                    + "any fails, nothing is written and the answer lists every failing row's violations with fields "
                    + "rows[i].<field> (403 for rows outside the caller's units, else 422).")
    @Answers(ErrorCode.RULE_VIOLATED)
    public IndicatorValueBatchResult batch(@Valid @NotNull IndicatorValueBatch input) {
        return service.batch(input.rows());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.INTEGRATION })
    @Operation(operationId = "replaceIndicatorValue", summary = "Correct an indicator value",
            description = "Requires If-Match with the ETag you read; same rules as create. The value before the "
                    + "correction stays in the audit trail.")
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<IndicatorValueDto> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull IndicatorValueInput input) {
        return Responses.changed(ifMatch, v -> service.update(id, v, input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.INTEGRATION })
    @Operation(operationId = "deleteIndicatorValue",
            summary = "Delete an indicator value", description = "Requires If-Match with the ETag you read.")
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Responses.deleted(ifMatch, v -> service.delete(id, v));
    }
}
