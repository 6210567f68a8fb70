package vn.childplan.reportingcycle;

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
import vn.childplan.reportingcycle.ReportingRegimeDtos.ReportingRegimeDto;
import vn.childplan.reportingcycle.ReportingRegimeDtos.ReportingRegimeInput;
import vn.childplan.security.Roles;
import vn.childplan.period.PeriodType;

@Path("/api/v1/reporting-regimes")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class ReportingRegimeResource {
    private final ReportingRegimeService service;

    public ReportingRegimeResource(ReportingRegimeService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listReportingRegimes", summary = "List reporting regimes",
            description = "The regimes of the plans the caller may see. Sort keys: periodType, id.")
    public Page<ReportingRegimeDto> list(
            @QueryParam("documentId") @Parameter(description = "Only the regime of this plan") Long documentId,
            @QueryParam("periodType") @Parameter(description = "Only this period type") PeriodType periodType,
            @Valid @BeanParam PageParams page) {
        return service.list(documentId, periodType, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReportingRegime", summary = "Get a reporting regime",
            description = "A plan's regime for one period type: the consolidating agency, the periods of the year "
                    + "owed and the deadline rule, with its ETag.")
    public RestResponse<ReportingRegimeDto> get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "createReportingRegime", summary = "Add a period type to a plan's reporting regime",
            description = "Planners of the plan's unit and admins (else 403). One per plan and period type (409). The "
                    + "deadline is deadlineDay with deadlineMonth, deadlineDay alone (that day in the month the period "
                    + "ends) or offsetDays after the period's last day; exactly one form (else 422). With a month, a "
                    + "YEAR or SCHOOL_YEAR report is due that day in the year the period ends (20/11 for 2016 → "
                    + "2016-11-20); for a sub-year type the date is the first period's deadline and each later "
                    + "period's is moved by as many months as it starts after the first (25/5 for 2016-H1 → "
                    + "2016-11-25 for 2016-H2; 20/3 for Q1 → 20/6 for Q2; the day clamped to the month's length). "
                    + "periodNumbers lists the periods of the year owed ([1]: H1 only, the yearly report replacing "
                    + "H2); each within its type's year (else 422 on periodNumbers[i]); none for YEAR and "
                    + "SCHOOL_YEAR.")
    @Creates
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<ReportingRegimeDto> create(@Valid @NotNull ReportingRegimeInput input, UriInfo uri) {
        return Responses.created(uri, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "replaceReportingRegime",
            summary = "Change a reporting regime", description = "Requires If-Match with the ETag you read. "
            + "periodNumbers may not leave out a period the plan already has reports for (409 STILL_REFERENCED).")
    @Answers({ ErrorCode.STILL_REFERENCED, ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<ReportingRegimeDto> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReportingRegimeInput input) {
        return Responses.changed(ifMatch, v -> service.update(id, v, input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "deleteReportingRegime", summary = "Remove a period type from a plan's reporting regime",
            description = "Requires If-Match with the ETag you read. While reports of the plan for that period type "
                    + "exist the regime stays: 409 STILL_REFERENCED (it gives them their deadline and consolidating "
                    + "agency; change those with PUT instead).")
    @Answers(ErrorCode.STILL_REFERENCED)
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Responses.deleted(ifMatch, v -> service.delete(id, v));
    }
}
