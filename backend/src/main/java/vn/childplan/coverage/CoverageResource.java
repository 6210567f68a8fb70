package vn.childplan.coverage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.coverage.CoverageDtos.PlanCoverage;
import vn.childplan.security.Roles;

/**
 * A plan's coverage of its parents' targets. A root resource of its own under the plan's path, as the progress is:
 * JAX-RS picks the template with the most literal characters, so /api/v1/plans/{id}/coverage comes here.
 */
@Path("/api/v1/plans/{id}/coverage")
@Tag(name = "Documents and plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class CoverageResource {
    private final CoverageService service;

    public CoverageResource(CoverageService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getPlanCoverage", summary = "Which of its parents' targets a plan carries, and how strictly",
            description = "The parents are the documents the plan implements that the caller may read; one outside "
                    + "the caller's scope sets parentHidden and is neither named nor compared. Each parent target is "
                    + "missing (no target of the plan on the same indicator and breakdown), weaker or matched; the "
                    + "plan's targets on an indicator and breakdown no parent has are additional. A counterpart holds "
                    + "the parent's target when every result it admits the parent's admits too, by the parent's "
                    + "target year at the latest: GE 95 is weaker than GT 95, LT 5 weaker than LT 4.5; EQ counts as "
                    + "GE for a higher-is-better indicator and LE for a lower-is-better one. Each item carries its "
                    + "reason as a stable code. 404 for a document outside the caller's scope.")
    public PlanCoverage coverage(@PathParam("id") @Parameter(description = "Document id") long id) {
        return service.coverage(id);
    }
}
