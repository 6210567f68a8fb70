package vn.childplan.indicator;

import static vn.childplan.common.ApiException.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import vn.childplan.common.ApiException;
import vn.childplan.common.ConstraintAnswers;

/** The database constraints of indicators, answered as problem+json (see ProblemMappers). */
@ApplicationScoped
public class IndicatorConstraints implements ConstraintAnswers {
    private static final Map<String, ApiException> ANSWERS = Map.ofEntries(
            Map.entry("uq_indicator_code", duplicate("code", "another indicator has this code")));

    @Override
    public Map<String, ApiException> byConstraint() {
        return ANSWERS;
    }
}
