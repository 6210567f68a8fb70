package vn.childplan.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.common.Answers;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.PageParams;
import vn.childplan.analytics.ConsolidationDtos.LateReportsDto;
import vn.childplan.security.Roles;
import vn.childplan.reportingcycle.Obligations;

/** The late list across plans: derived from regimes, assignments and reports, never stored. */
@Path("/api/v1/late-reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class LateReportResource {
    private final LateReportService service;

    public LateReportResource(LateReportService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listLateReports", summary = "Reports that are missing or came late, across plans",
            description = "Every report owed (by an agency with a LEAD or COORDINATE assignment, for the periods that "
                    + "began by its validTo when it ended) on a plan with a reporting regime in the caller's scope, for every period of a listed type that ends within the "
                    + "plan's years and whose deadline has passed on asOf: MISSING when nothing was submitted (no "
                    + "report, or only a draft), LATE when the last submission came after the end of the deadline day "
                    + "(Asia/Ho_Chi_Minh), with the days overdue. The same rule as a plan's obligations; reports are "
                    + "taken as they stand now. Oldest deadline first, then by plan and agency name. Everyone sees "
                    + "their scope; narrow it with agencyId, documentId or unitId (plans governed by that unit or a unit "
                    + "below it; 422 when it does not exist or is outside the caller's scope).")
    @Answers(ErrorCode.INVALID_REFERENCE)
    public LateReportsDto late(
            @QueryParam("asOf") @Parameter(description = "The day to judge on, " + Obligations.AS_OF + "; default today in "
                    + "Asia/Ho_Chi_Minh",
                    example = "2016-12-01") LocalDate asOf,
            @QueryParam("agencyId") @Parameter(description = "Only this agency's reports") Long agencyId,
            @QueryParam("documentId") @Parameter(description = "Only this plan's reports") Long documentId,
            @QueryParam("unitId") @Parameter(description = "Only plans of this unit or of units below it") Long unitId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000)
            @Parameter(description = "Zero-based page number", schema = @Schema(minimum = "0", maximum = "1000000",
                    defaultValue = "0")) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageParams.MAX_SIZE)
            @Parameter(description = "Page size (1–100)", schema = @Schema(minimum = "1", maximum = "100",
                    defaultValue = "20")) int size) {
        return service.late(asOf, agencyId, documentId, unitId, page, size);
    }
}
