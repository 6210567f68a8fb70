package vn.childplan.reportingcycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.childplan.audit.AuditedFigures;
import vn.childplan.value.SuppressedSnapshots;

/** The figures of reports' audit snapshots, withheld as every past figure is ({@link SuppressedSnapshots}). */
@ApplicationScoped
public class ReportSnapshots implements AuditedFigures {
    private final SuppressedSnapshots figures;

    public ReportSnapshots(SuppressedSnapshots figures) {
        this.figures = figures;
    }

    @Override
    public void withhold(String entity, List<ObjectNode> snapshots) {
        if (!ReportService.ENTITY.equals(entity)) {
            return;
        }
        List<ObjectNode> values = new ArrayList<>();
        for (ObjectNode report : snapshots) {
            for (JsonNode v : report.path("values")) {
                if (v instanceof ObjectNode o) {
                    values.add(o);
                }
            }
        }
        figures.withhold(values);
    }
}
