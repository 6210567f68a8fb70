package vn.childplan.common;

import java.util.Map;

/**
 * A feature's database constraints, by name, with the answer a client gets when one fires. Each feature that relies
 * on a constraint contributes one such bean; {@link ProblemMappers} asks them all and keeps only the generic SQLState
 * handling for the rest.
 */
public interface ConstraintAnswers {
    Map<String, ApiException> byConstraint();
}
