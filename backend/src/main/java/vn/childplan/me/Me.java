package vn.childplan.me;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;

@Schema(name = "Me", description = "The caller as the access token names them")
public record Me(
        @Schema(examples = "planner.hue", description = "preferred_username") String username,
        @Schema(examples = "Nguyễn Văn An", description = "Family name + \" \" + given name") String displayName,
        @Schema(description = "The caller's ChildPlan realm roles") List<String> roles,
        @Schema(description = "The unit holding the token's unit_code today; null when none") UnitRef unit,
        @Schema(description = "The agency with the token's agency_code; null when none") AgencyRef agency) {
}
