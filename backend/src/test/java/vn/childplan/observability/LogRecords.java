package vn.childplan.observability;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;

/** The log records written while it is open, each with the MDC it held on the thread that wrote it. */
final class LogRecords extends Handler implements AutoCloseable {
    record Line(String logger, String message, Map<String, String> mdc) {
        String requestId() {
            return mdc.get("requestId");
        }
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");

    LogRecords() {
        root.addHandler(this);
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        // read here, on the logging thread, as the JSON formatter reads it
        ExtLogRecord r = (ExtLogRecord) record;
        lines.add(new Line(r.getLoggerName(), r.getFormattedMessage(), Map.copyOf(r.getMdcCopy())));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
