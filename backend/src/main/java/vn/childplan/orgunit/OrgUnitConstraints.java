package vn.childplan.orgunit;

import static vn.childplan.common.ApiException.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import vn.childplan.common.ApiException;
import vn.childplan.common.ConstraintAnswers;

/** The database constraints of admin units, agencies and unit changes, answered as problem+json (see ProblemMappers). */
@ApplicationScoped
public class OrgUnitConstraints implements ConstraintAnswers {
    private static final Map<String, ApiException> ANSWERS = Map.ofEntries(
            Map.entry("uq_agency_name", duplicate("name", "an agency with this name already exists in this unit")),
            Map.entry("uq_agency_code", duplicate("code", "another agency has this code")),
            Map.entry("uq_unit_change_pair", duplicate("successorId", "this change is already recorded")),
            Map.entry("ex_admin_unit_code_overlap", duplicate("code",
                    "another unit of this level holds this code during an overlapping period")));

    @Override
    public Map<String, ApiException> byConstraint() {
        return ANSWERS;
    }
}
