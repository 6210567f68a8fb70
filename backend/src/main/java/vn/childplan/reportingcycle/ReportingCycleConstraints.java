package vn.childplan.reportingcycle;

import static vn.childplan.common.ApiException.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import vn.childplan.common.ApiException;
import vn.childplan.common.ConstraintAnswers;

/** The database constraints of reporting regimes and reports, answered as problem+json (see ProblemMappers). */
@ApplicationScoped
public class ReportingCycleConstraints implements ConstraintAnswers {
    private static final Map<String, ApiException> ANSWERS = Map.ofEntries(
            Map.entry("uq_reporting_regime_period", duplicate("periodType",
                    "this plan's reporting regime already has this period type")),
            Map.entry("uq_report_period", duplicate("periodCode",
                    "this agency already has a report on this plan for this period")));

    @Override
    public Map<String, ApiException> byConstraint() {
        return ANSWERS;
    }
}
