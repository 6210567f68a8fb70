package vn.childplan.reportingcycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import vn.childplan.reportingcycle.ReportDtos.ReportCreateInput;
import vn.childplan.reportingcycle.ReportDtos.ReportDto;
import vn.childplan.reportingcycle.ReportDtos.ReportInput;
import vn.childplan.reportingcycle.ReportDtos.ReportSummaryDto;
import vn.childplan.reportingcycle.ReportDtos.ReturnInput;
import vn.childplan.reportingcycle.ReportDtos.TransitionInput;
import vn.childplan.security.Roles;

@Path("/api/v1/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class ReportResource {
    private static final String WHO = "Officers act for their own agency (token agency_code), planners for any "
            + "agency of their unit's plans, admins for all (else 403). ";

    private final ReportService service;
    private final ReportWorkflow workflow;

    public ReportResource(ReportService service, ReportWorkflow workflow) {
        this.service = service;
        this.workflow = workflow;
    }

    @GET
    @Operation(operationId = "listReports", summary = "List reports",
            description = "Reports on the plans the caller may see, without narratives and history. Sort keys: "
                    + "periodStart, status, submittedAt, id.")
    public Page<ReportSummaryDto> list(
            @QueryParam("documentId") @Parameter(description = "Only reports on this plan") Long documentId,
            @QueryParam("agencyId") @Parameter(description = "Only reports of this agency") Long agencyId,
            @QueryParam("periodCode") @Parameter(description = "Only reports for this period", example = "2016-H1") String periodCode,
            @QueryParam("status") @Parameter(description = "Only reports in this status") ReportStatus status,
            @Valid @BeanParam PageParams page) {
        return service.list(documentId, agencyId, periodCode, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReport", summary = "Get a report with its narratives and its history",
            description = "An agency's report for a plan and period: status, narratives per task, values, difficulties "
                    + "and proposals, and every submit, return and accept, with the ETag that moves need in If-Match.")
    public RestResponse<ReportDto> get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER })
    @Operation(operationId = "createReport", summary = "Start a report (DRAFT)",
            description = WHO + "An officer's agency must be assigned in the plan. The period's type must be one the "
                    + "plan's reporting regime lists (else 422); one report per plan, agency and period (else 409).")
    @Creates
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<ReportDto> create(@Valid @NotNull ReportCreateInput input, UriInfo uri) {
        return Responses.created(uri, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER })
    @Operation(operationId = "replaceReport",
            summary = "Edit a report's narratives, values, difficulties and proposals",
            description = WHO + "Requires If-Match. Only while DRAFT or RETURNED (else 409 INVALID_TRANSITION). "
                    + "Narratives and values replace the stored sets. Narratives name tasks of the report's plan, each "
                    + "once; values name indicators of the plan's targets and the plan's unit or a unit below it that "
                    + "existed in the report's period, each indicator, unit and breakdown once, a % within 0–100 (else "
                    + "422 naming every bad row, e.g. values[3].unitId; nothing is stored).")
    @Answers({ ErrorCode.INVALID_TRANSITION, ErrorCode.RULE_VIOLATED })
    public RestResponse<ReportDto> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReportInput input) {
        return Responses.changed(ifMatch, v -> service.update(id, v, input));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER })
    @Operation(operationId = "submitReport", summary = "Submit a DRAFT or RETURNED report",
            description = WHO + "Requires If-Match. Any other status: 409 INVALID_TRANSITION.")
    @Answers(ErrorCode.INVALID_TRANSITION)
    public RestResponse<ReportDto> submit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid TransitionInput input) {
        return Responses.changed(ifMatch, v -> workflow.submit(id, v, input == null ? null : input.comment()));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER })
    @Operation(operationId = "acceptReport", summary = "Accept a SUBMITTED report",
            description = "By an officer of the consolidating agency of the plan's regime for the report's period "
                    + "type, a planner of the plan's unit or an admin (else 403). Requires If-Match. Any other status: "
                    + "409 INVALID_TRANSITION. Publishes the report's values into the indicator values of its period "
                    + "(source AGENCY_REPORT named after the agency, status ESTIMATE, reportId set), audited; a value "
                    + "already stored under the same natural key is left alone, and the consolidation shows the "
                    + "difference as a conflict.")
    @Answers(ErrorCode.INVALID_TRANSITION)
    public RestResponse<ReportDto> accept(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid TransitionInput input) {
        return Responses.changed(ifMatch, v -> workflow.accept(id, v, input == null ? null : input.comment()));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER })
    @Operation(operationId = "returnReport", summary = "Return a SUBMITTED report to its agency, saying why",
            description = "Who may: as for accept (else 403). The comment is required (400). Requires If-Match. Any "
                    + "other status: 409 INVALID_TRANSITION. The agency edits the report and submits it again.")
    @Answers(ErrorCode.INVALID_TRANSITION)
    public RestResponse<ReportDto> giveBack(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReturnInput input) {
        return Responses.changed(ifMatch, v -> workflow.giveBack(id, v, input.comment()));
    }
}
