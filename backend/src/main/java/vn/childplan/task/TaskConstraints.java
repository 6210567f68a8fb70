package vn.childplan.task;

import static vn.childplan.common.ApiException.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import vn.childplan.common.ApiException;
import vn.childplan.common.ConstraintAnswers;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Problem;

/** The database constraints of tasks and their assignments, answered as problem+json (see ProblemMappers). */
@ApplicationScoped
public class TaskConstraints implements ConstraintAnswers {
    private static final Map<String, ApiException> ANSWERS = Map.ofEntries(
            Map.entry("uq_assignment_one_lead", new ApiException(ErrorCode.LEAD_ALREADY_ASSIGNED,
                    List.of(new Problem.Violation("role", "the task already has a lead agency", "OneLeadPerTask")))),
            Map.entry("uq_assignment_task_agency", duplicate("agencyId", "this agency is already assigned to the task")),
            Map.entry("uq_task_number", duplicate("number", "another task of this document has this number")));

    @Override
    public Map<String, ApiException> byConstraint() {
        return ANSWERS;
    }
}
