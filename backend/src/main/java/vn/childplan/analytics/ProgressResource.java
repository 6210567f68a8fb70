package vn.childplan.analytics;

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
import vn.childplan.common.Answers;
import vn.childplan.common.ErrorCode;
import vn.childplan.analytics.ProgressDtos.PlanProgress;
import vn.childplan.security.Roles;

/**
 * Live progress of a plan's targets. A root resource of its own under the plan's path: JAX-RS picks the root
 * resource whose template has the most literal characters, so /api/v1/plans/{id}/progress comes here while
 * /api/v1/plans/{id} and /api/v1/plans/{id}/assignment-matrix stay with the plan resource (ProgressResourceTest
 * checks both).
 */
@Path("/api/v1/plans/{id}/progress")
@Tag(name = "Indicator values")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class ProgressResource {
    private final ProgressService service;

    public ProgressResource(ProgressService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getPlanProgress", summary = "Live progress of a plan's targets",
            description = "For every target of the document: the latest value of its indicator in the target's "
                    + "breakdown (sex, age group and area type; ALL = the total) at the plan's unit, or at unitId, among periods begun by asOf; and its status "
                    + "on asOf. NO_DATA without a value; MET when the value satisfies the comparator (GT 95 needs more "
                    + "than 95, GE 95 at least 95, EQ within 1e-9); NOT_MET when asOf is after 31 December of the "
                    + "target year; otherwise ON_TRACK when the value is on or better (by the indicator's direction) than "
                    + "the straight path from the baseline (31 December of its year) to the target (31 December of the "
                    + "target year) at the value's period end, else AT_RISK (always AT_RISK without a baseline). A target "
                    + "with a breakdown (sex, age group, area type) is judged on the values of that breakdown. 404 for a document outside the caller's "
                    + "scope; 422 for a unitId that does not exist or is outside it; 400 without unitId for a national "
                    + "document.")
    @Answers(ErrorCode.INVALID_REFERENCE)
    public PlanProgress progress(@PathParam("id") @Parameter(description = "Document id") long id,
            @QueryParam("unitId") @Parameter(description = "Read the values of this unit instead of the plan's own")
            Long unitId,
            @QueryParam("asOf") @Parameter(description = "Judge on this day (yyyy-MM-dd); today in Vietnam when omitted",
                    example = "2016-07-01") LocalDate asOf) {
        return service.progress(id, unitId, asOf);
    }
}
