package vn.childplan.document;

import static vn.childplan.common.ApiException.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import vn.childplan.common.ApiException;
import vn.childplan.common.ConstraintAnswers;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Problem;

/** The database constraints of documents, answered as problem+json (see ProblemMappers). */
@ApplicationScoped
public class DocumentConstraints implements ConstraintAnswers {
    private static final Map<String, ApiException> ANSWERS = Map.ofEntries(
            Map.entry("uq_document_number", duplicate("number", "the issuer already issued a document with this number in that year")),
            Map.entry("ck_document_link_acyclic", new ApiException(ErrorCode.CASCADE_CYCLE,
                    List.of(new Problem.Violation("implementsIds", "the cascade would form a cycle", "Acyclic")))));

    @Override
    public Map<String, ApiException> byConstraint() {
        return ANSWERS;
    }
}
