package vn.childplan.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.plan.PlanDtos.AssignmentMatrix;
import vn.childplan.plan.PlanDtos.PlanView;
import vn.childplan.security.Roles;

/** Whole-plan read models; the records themselves are edited through their own resources. */
@Path("/api/v1/plans/{id}")
@Tag(name = "Documents and plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class PlanResource {
    private final PlanService service;

    public PlanResource(PlanService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getPlan", summary = "A plan's full view in one call",
            description = "Metadata, the documents it implements and those implementing it, objectives with targets, "
                    + "and the task tree with assignments. Works for any document id.")
    public PlanView view(@PathParam("id") @Parameter(description = "Document id") long id) {
        return service.view(id);
    }

    @GET
    @Path("/assignment-matrix")
    @Operation(operationId = "getAssignmentMatrix",
            summary = "The assignment matrix of a plan: agencies × tasks with roles",
            description = "The columns are the plan's tasks in tree order; the rows one per assigned agency, most "
                    + "leads first, with its counts of lead, coordinating and requested roles and a cell (role and "
                    + "assignment id) for each task it is assigned.")
    public AssignmentMatrix matrix(@PathParam("id") @Parameter(description = "Document id") long id) {
        return service.matrix(id);
    }
}
