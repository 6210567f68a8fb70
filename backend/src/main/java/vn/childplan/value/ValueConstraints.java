package vn.childplan.value;

import static vn.childplan.common.ApiException.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import vn.childplan.common.ApiException;
import vn.childplan.common.ConstraintAnswers;

/** The database constraints of indicator values, answered as problem+json (see ProblemMappers). */
@ApplicationScoped
public class ValueConstraints implements ConstraintAnswers {
    private static final Map<String, ApiException> ANSWERS = Map.ofEntries(
            Map.entry("uq_indicator_value_key", duplicate("periodCode",
                    "a value of this indicator for this unit, period, sex, age group and area type already exists")));

    @Override
    public Map<String, ApiException> byConstraint() {
        return ANSWERS;
    }
}
