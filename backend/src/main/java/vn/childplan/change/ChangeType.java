package vn.childplan.change;

import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of record the change feed carries, each with the name the audit trail gives it. */
@Schema(description = "The kind of the changed record; its id is read at GET /api/v1/{documents, objectives, targets, "
        + "tasks, assignments, indicator-values, reports}/{id}")
public enum ChangeType {
    DOCUMENT("document"),
    OBJECTIVE("objective"),
    TARGET("target"),
    TASK("task"),
    ASSIGNMENT("assignment"),
    INDICATOR_VALUE("indicator-value"),
    REPORT("report");

    private final String entity;

    ChangeType(String entity) {
        this.entity = entity;
    }

    /** The audit trail's name of the kind, which change_log.entity holds. */
    public String entity() {
        return entity;
    }

    /** The kind of a record the audit trail names {@code entity}; empty for kinds the feed does not carry. */
    public static Optional<ChangeType> ofEntity(String entity) {
        return Arrays.stream(values()).filter(t -> t.entity.equals(entity)).findFirst();
    }
}
