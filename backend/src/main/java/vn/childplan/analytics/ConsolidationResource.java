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
import vn.childplan.analytics.ConsolidationDtos.ConsolidationDto;
import vn.childplan.security.Roles;
import vn.childplan.reportingcycle.Obligations;

/** The lead agency's consolidation of a plan's reports for one period: derived, never stored. */
@Path("/api/v1/plans/{id}/consolidation")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class ConsolidationResource {
    private final ConsolidationService service;

    public ConsolidationResource(ConsolidationService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getPlanConsolidation", summary = "Consolidate a plan's reports for one period",
            description = "Only SUBMITTED and ACCEPTED reports count: a draft, or a report returned for rework, is "
                    + "still its agency's business, so its narratives, figures, difficulties and proposals stay out "
                    + "(its status still shows). Per agency: its obligation as in the plan's obligations (owing "
                    + "agencies first, then agencies that reported without owing) with its difficulties and proposals. "
                    + "Per task, in tree order: every counted narrative with the agency's role on the task. Per "
                    + "indicator of the plan's targets: one row per unit and breakdown with each agency's figure; "
                    + "several agencies reporting the same unit and breakdown are flagged duplicate (never summed), "
                    + "agree tells whether their figures are equal, and stored/conflict show the indicator value "
                    + "already held for that key and period. Readable by whoever may read the plan (404 otherwise); "
                    + "422 when the plan's reporting regime lists no periods of periodCode's type.")
    @Answers(ErrorCode.RULE_VIOLATED)
    public ConsolidationDto consolidation(@PathParam("id") @Parameter(description = "Document id") long id,
            @QueryParam("periodCode") @Parameter(description = "The period", example = "2016-H1", required = true)
            String periodCode,
            @QueryParam("asOf") @Parameter(description = "The day to judge obligations on, " + Obligations.AS_OF + "; "
                    + "default today in Asia/Ho_Chi_Minh", example = "2016-06-01") LocalDate asOf) {
        return service.consolidation(id, periodCode, asOf);
    }
}
