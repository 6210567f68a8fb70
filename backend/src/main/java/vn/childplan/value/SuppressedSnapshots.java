package vn.childplan.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.childplan.audit.AuditedFigures;

/**
 * Figures in past states (audit snapshots) as a caller may see them, by {@link Suppression#covered}: a figure of an
 * indicator the rule covers is written as a withheld value is answered (value null, suppressed, its
 * confidentiality), whatever its size. A figure is an object with {@code indicator.id} and {@code value}: an
 * indicator value's snapshot itself ({@link IndicatorValueDtos.IndicatorValueDto}), and each figure of a report's.
 */
@ApplicationScoped
public class SuppressedSnapshots implements AuditedFigures {
    private final Suppression suppression;

    public SuppressedSnapshots(Suppression suppression) {
        this.suppression = suppression;
    }

    /** The snapshots of indicator values are figures themselves. */
    @Override
    public void withhold(String entity, List<ObjectNode> snapshots) {
        if (IndicatorValueService.ENTITY.equals(entity)) {
            withhold(snapshots);
        }
    }

    /** Withholds, in place, each of {@code figures} the caller may not see; one small select at most. */
    public void withhold(List<ObjectNode> figures) {
        Suppression.Covered covered = suppression.covered(figures.stream().map(SuppressedSnapshots::indicator)
                .filter(id -> id != 0).distinct().toList());
        if (covered.isEmpty()) {
            return;
        }
        for (ObjectNode f : figures) {
            JsonNode value = f.path("value");
            Confidentiality conf = covered.of(indicator(f), value.isNumber() ? value.decimalValue() : null);
            if (conf != Confidentiality.FREE) {
                f.putNull("value");
                f.put("suppressed", true);
                f.put("confidentiality", conf.name());
            }
        }
    }

    private static long indicator(ObjectNode figure) {
        return figure.path("indicator").path("id").asLong();
    }
}
