package vn.childplan.common;

import java.util.List;

/** A client-visible failure: rendered as problem+json with {@link ErrorCode} and optional field violations. */
public class ApiException extends RuntimeException {
    private final ErrorCode code;
    private final List<Problem.Violation> violations;

    public ApiException(ErrorCode code, Object... args) {
        this(code, List.of(), args);
    }

    public ApiException(ErrorCode code, List<Problem.Violation> violations, Object... args) {
        super(code.format(args), null, false, false);
        this.code = code;
        this.violations = violations;
    }

    public ErrorCode code() {
        return code;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ErrorCode.NOT_FOUND, what, id);
    }

    public static ApiException invalidReference(String what, Object id, String field) {
        return new ApiException(ErrorCode.INVALID_REFERENCE,
                List.of(new Problem.Violation(field, what + " " + id + " does not exist", "INVALID_REFERENCE")),
                what, id, field);
    }

    public static ApiException rule(String field, String message) {
        return new ApiException(ErrorCode.RULE_VIOLATED,
                List.of(new Problem.Violation(field, message, "RULE_VIOLATED")), message);
    }

    /** 409 DUPLICATE on {@code field}: a unique rule of the database, e.g. as a feature's {@link ConstraintAnswers}. */
    public static ApiException duplicate(String field, String message) {
        return new ApiException(ErrorCode.DUPLICATE, List.of(new Problem.Violation(field, message, "Unique")),
                Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".");
    }
}
