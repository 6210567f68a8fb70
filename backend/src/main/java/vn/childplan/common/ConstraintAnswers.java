package vn.childplan.common;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.postgresql.util.PSQLException;

/**
 * A feature's database constraints, by name, with the answer a client gets when one fires. Each feature that relies
 * on a constraint contributes one such bean; {@link ProblemMappers} asks them all and keeps only the generic SQLState
 * handling for the rest.
 */
public interface ConstraintAnswers {
    Map<String, ApiException> byConstraint();

    /** Every feature's answers in one map, by constraint name. */
    static Map<String, ApiException> all(Iterable<? extends ConstraintAnswers> features) {
        return StreamSupport.stream(features.spliterator(), false).flatMap(f -> f.byConstraint().entrySet().stream())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The answer to the constraint a failed write broke (found among its causes); null when none of {@code known}. */
    static ApiException answer(Map<String, ApiException> known, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PSQLException sql && sql.getServerErrorMessage() != null
                    && sql.getServerErrorMessage().getConstraint() != null) {
                return known.get(sql.getServerErrorMessage().getConstraint());
            }
        }
        return null;
    }
}
