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
import vn.childplan.analytics.RollupDtos.RollupDto;
import vn.childplan.security.Roles;

/**
 * Roll-ups of an indicator. A root resource of its own under the indicator's path: JAX-RS picks the root resource
 * whose template has the most literal characters, so /api/v1/indicators/{id}/rollup comes here.
 */
@Path("/api/v1/indicators/{id}/rollup")
@Tag(name = "Indicator values")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class RollupResource {
    private final RollupService service;

    public RollupResource(RollupService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getIndicatorRollup", summary = "Roll an indicator up the admin-unit hierarchy",
            description = "The total values (sex, age group and area ALL) of one period for a unit and one row per "
                    + "child unit, on the units in force on boundaryDate: the same 2024 values answer on the 63 "
                    + "provinces of 2016 (boundaryDate=2016-06-01) or the 34 of 2025 (boundaryDate=2025-07-01). A unit "
                    + "of the period counts its own value when reported, else the sum of its children's; a unit of the "
                    + "boundary date sums the units of the period that became it (merges add up). SUM indicators are "
                    + "added; RATIO indicators are recomputed as factor × Σnumerator / Σdenominator, never summed; "
                    + "NONE indicators are refused with 422 NOT_AGGREGATABLE. Parts without a value are listed in "
                    + "missing and make a row PARTIAL (never counted as zero). A unit split into several cannot be "
                    + "apportioned: its values are listed in unplaced and appear in no child row. 422 for a unitId that "
                    + "does not exist, is outside the caller's scope or was not in force on boundaryDate; without "
                    + "unitId the whole country (administrators and integration clients only).")
    @Answers({ ErrorCode.INVALID_REFERENCE, ErrorCode.NOT_AGGREGATABLE })
    public RollupDto rollup(@PathParam("id") @Parameter(description = "Indicator id") long id,
            @QueryParam("periodCode") @Parameter(description = "The period of the values", example = "2024", required = true)
            String periodCode,
            @QueryParam("unitId") @Parameter(description = "The unit to roll up to; the whole country when omitted")
            Long unitId,
            @QueryParam("boundaryDate") @Parameter(description = "Answer on the units in force on this day "
                    + "(yyyy-MM-dd); the period's last day when omitted", example = "2025-07-01") LocalDate boundaryDate) {
        return service.rollup(id, periodCode, unitId, boundaryDate);
    }
}
