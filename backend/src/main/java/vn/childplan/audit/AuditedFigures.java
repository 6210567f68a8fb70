package vn.childplan.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A feature whose audited records hold figures that a reader may not see (small-cell suppression of sensitive
 * indicators): it withholds them in the snapshots of its records as they are read from the trail. The audit trail
 * keeps every snapshot whole; {@link AuditService#list} hands each implementation the snapshots of one page.
 */
public interface AuditedFigures {
    /** Withholds in place, for the current caller, the figures of the snapshots of {@code entity} it holds any of. */
    void withhold(String entity, List<ObjectNode> snapshots);
}
