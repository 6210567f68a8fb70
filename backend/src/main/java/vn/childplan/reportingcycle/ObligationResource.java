package vn.childplan.reportingcycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.reportingcycle.ReportDtos.ObligationsDto;
import vn.childplan.security.Roles;

/** Who owes which report on a plan: derived from assignments, the reporting regime and the reports, never stored. */
@Path("/api/v1/documents/{id}/obligations")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class ObligationResource {
    private final ReportService service;

    public ObligationResource(ReportService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listObligations", summary = "The reports a plan's agencies owe for a period",
            description = "Every agency with a LEAD or COORDINATE assignment in the plan (REQUESTED bodies owe "
                    + "nothing; an agency that ended, its validTo, before the period began owes nothing either), with the deadline from the plan's reporting regime and the status on asOf: MISSING "
                    + "(no report and the deadline has passed), DUE (deadline ahead), or the report's status with "
                    + "ON_TIME/LATE for its last submission against the end of the deadline day (Asia/Ho_Chi_Minh). "
                    + "The period must be one the regime owes: of a type it lists and among its periodNumbers (else "
                    + "422).")
    public ObligationsDto obligations(@PathParam("id") @Parameter(description = "Document id") long id,
            @QueryParam("periodCode") @Parameter(description = "The period", example = "2016-H1", required = true) String periodCode,
            @QueryParam("asOf") @Parameter(description = "The day to evaluate on, " + Obligations.AS_OF + "; default "
                    + "today in Asia/Ho_Chi_Minh",
                    example = "2016-05-20") LocalDate asOf) {
        return service.obligations(id, periodCode, asOf);
    }
}
