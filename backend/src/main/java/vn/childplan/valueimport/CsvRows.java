package vn.childplan.valueimport;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Problem;

/**
 * RFC 4180 CSV read record by record (comma, quotes doubled, line breaks inside quotes, CRLF or LF; a leading byte
 * order mark is skipped), with a header row naming the columns: our CSV export's (plain CSV) or SDMX-CSV 2.0's.
 * A header with an unknown column, or without a required one, makes the file unreadable (400); a record with
 * another number of fields than the header is a rejected row.
 */
final class CsvRows implements RowSource {
    private static final List<Field> REQUIRED = List.of(Field.INDICATOR, Field.UNIT, Field.PERIOD, Field.VALUE);

    private final Reader in;
    private final Map<Field, String> names = new EnumMap<>(Field.class);
    private final Field[] byPosition;
    private long line = 1;
    private int pushedBack = -2;

    private CsvRows(Reader in, Function<String, Optional<Field>> lookup, java.util.Set<String> ignored)
            throws IOException {
        this.in = in;
        int first = read();
        if (first != '\uFEFF') {
            unread(first);
        }
        List<String> header = record();
        if (header == null) {
            throw unreadable("header", "the file is empty: it needs a header row naming its columns");
        }
        byPosition = new Field[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (ignored.contains(name)) {
                continue;
            }
            Field f = lookup.apply(name).orElseThrow(() -> unreadable("header", "unknown column '" + name + "'"));
            if (names.putIfAbsent(f, name) != null) {
                throw unreadable("header", "column '" + name + "' appears twice");
            }
            byPosition[i] = f;
        }
        for (Field f : REQUIRED) {
            if (!names.containsKey(f)) {
                throw unreadable("header", "the header lacks a required column for " + f.name().toLowerCase());
            }
        }
    }

    /** Plain CSV with the columns of GET /api/v1/exports/indicator-values. */
    static CsvRows plain(Reader in) throws IOException {
        return new CsvRows(in, Field::csv, Field.EXPORT_ONLY);
    }

    /** SDMX-CSV 2.0: STRUCTURE, STRUCTURE_ID, ACTION, the dimensions, OBS_VALUE and the attributes. */
    static CsvRows sdmx(Reader in) throws IOException {
        return new CsvRows(in, Field::sdmx, Field.SDMX_ONLY);
    }

    @Override
    public RawRow next() throws IOException {
        List<String> fields;
        long start;
        do {
            start = line;
            fields = record();
            if (fields == null) {
                return null;
            }
        } while (fields.size() == 1 && fields.get(0).isEmpty()); // blank lines separate nothing
        String[] values = new String[Field.ALL.length];
        for (int i = 0; i < Math.min(fields.size(), byPosition.length); i++) {
            if (byPosition[i] != null) {
                values[byPosition[i].ordinal()] = fields.get(i);
            }
        }
        RawRow row = RawRow.of(start, values);
        if (fields.size() != byPosition.length) {
            return row.failing(RowError.MALFORMED_ROW, Field.INDICATOR,
                    fields.size() + " fields where the header names " + byPosition.length);
        }
        return row;
    }

    @Override
    public String column(Field field) {
        return names.getOrDefault(field, field.csv);
    }

    /** The fields of the next record, or null at the end of the input. */
    private List<String> record() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (c < 0) {
                if (quoted) {
                    throw unreadable("line " + line, "a quoted field is not closed before the end of the file");
                }
                fields.add(field.toString());
                return fields;
            }
            if (quoted) {
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        unread(next);
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int next = read();
                    if (next != '\n') {
                        unread(next);
                    }
                }
                line++;
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    static ApiException unreadable(String where, String message) {
        return new ApiException(ErrorCode.IMPORT_UNREADABLE, List.of(new Problem.Violation(where, message,
                "Unreadable")), message);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
