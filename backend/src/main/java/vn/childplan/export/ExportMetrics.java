package vn.childplan.export;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/**
 * The rows of indicator values exported, by format, at /q/metrics ({@code childplan_export_rows_total}): those of
 * every export that ran to its end. Registered at start-up, so every format's series exists from zero.
 */
@Startup
@ApplicationScoped
public class ExportMetrics {
    private final Map<ExportFormat, Counter> rows = new EnumMap<>(ExportFormat.class);

    public ExportMetrics(MeterRegistry registry) {
        for (ExportFormat f : ExportFormat.values()) {
            rows.put(f, Counter.builder("childplan.export.rows").description("Rows of indicator values exported")
                    .tag("format", f.code).register(registry));
        }
    }

    void exported(ExportFormat format, long count) {
        rows.get(format).increment(count);
    }
}
