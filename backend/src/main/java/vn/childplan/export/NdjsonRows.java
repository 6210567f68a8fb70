package vn.childplan.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.childplan.export.ValueColumns.Column;

/**
 * Newline-delimited JSON: one object per value, named as the CSV's columns, figures as JSON numbers, dates as
 * yyyy-MM-dd and times as ISO 8601 in UTC, null for what is empty. Machine format: text is written as stored.
 */
final class NdjsonRows implements TypedRows {
    /** As the CSV writes times: ISO 8601 in UTC, to the microsecond PostgreSQL keeps. */
    private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private final JsonGenerator out;
    private List<Column> columns;

    NdjsonRows(ObjectMapper json, OutputStream out) {
        try {
            this.out = json.getFactory().createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the response stream is the caller's to close
        this.out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void start(List<Column> columns) {
        this.columns = columns;
    }

    @Override
    public void row(ResultSet rs) throws IOException, SQLException {
        out.writeStartObject();
        for (Column c : columns) {
            Object v = TypedRows.read(rs, c);
            out.writeFieldName(c.name());
            if (v == null) {
                out.writeNull();
            } else if (v instanceof BigDecimal d) {
                out.writeNumber(d);
            } else if (v instanceof Long l) {
                out.writeNumber(l);
            } else if (v instanceof OffsetDateTime t) {
                out.writeString(UTC_MICROS.format(t.withOffsetSameInstant(ZoneOffset.UTC)));
            } else {
                out.writeString(v.toString());
            }
        }
        out.writeEndObject();
        out.writeRaw('\n');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
