package vn.childplan.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.common.Answers;
import vn.childplan.common.ErrorCode;
import vn.childplan.analytics.DashboardDtos.DashboardDto;
import vn.childplan.security.Roles;
import vn.childplan.reportingcycle.Obligations;

@Path("/api/v1/dashboard")
@Tag(name = "Indicator values")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class DashboardResource {
    private final DashboardService service;

    public DashboardResource(DashboardService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getDashboard", summary = "A leader's dashboard of a unit",
            description = "For the plans of the unit and every unit below it (by code, across reorganisations): the "
                    + "number of plans; their targets by attainment status, judged as GET /api/v1/plans/{id}/progress "
                    + "judges them on the plan's own unit, with the AT_RISK and NOT_MET ones listed; the reports owed in "
                    + "the current rounds (per regime: the last period whose deadline has passed, and the next one once "
                    + "begun) by timeliness, ON_TIME, LATE, MISSING or DUE, with the MISSING and LATE ones listed; and "
                    + "the agencies with the most overdue work (assignments past their due date and neither DONE nor "
                    + "CANCELLED, plus MISSING and LATE reports). Every list carries the ids to open its records. "
                    + "Without unitId: the caller's own unit (unit_code), or the whole country for administrators and "
                    + "integration clients; 400 for others whose token names no unit. 422 for a unitId that does not "
                    + "exist or is outside the caller's scope.")
    @Answers({ ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public DashboardDto dashboard(
            @QueryParam("unitId") @Parameter(description = "The unit; the caller's own when omitted") Long unitId,
            @QueryParam("asOf") @Parameter(description = "The day to show (yyyy-MM-dd), " + Obligations.AS_OF + "; today in "
                    + "Vietnam when omitted",
                    example = "2016-12-01") LocalDate asOf) {
        return service.dashboard(unitId, asOf);
    }
}
