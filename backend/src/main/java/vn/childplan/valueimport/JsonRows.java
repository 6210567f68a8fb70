package vn.childplan.valueimport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;

/**
 * NDJSON (one object per line) or a JSON array of objects, read token by token as the file is read: the objects
 * never all sit in memory. Members are the API's camelCase names of {@link Field}; {@code value} is a JSON number,
 * every other member a string (or null). A member of another type or an unknown member rejects its row; JSON that
 * does not parse makes the rest of the file unreadable (400 naming the line).
 */
final class JsonRows implements RowSource {
    private final JsonParser parser;
    private final boolean array;
    private boolean started;

    private JsonRows(JsonParser parser, boolean array) {
        this.parser = parser;
        this.array = array;
    }

    static JsonRows ndjson(JsonFactory factory, Reader in) throws IOException {
        return new JsonRows(factory.createParser(in), false);
    }

    static JsonRows array(JsonFactory factory, Reader in) throws IOException {
        return new JsonRows(factory.createParser(in), true);
    }

    @Override
    public RawRow next() throws IOException {
        try {
            return read();
        } catch (JsonProcessingException e) {
            throw CsvRows.unreadable("line " + e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private RawRow read() throws IOException {
        if (array && !started) {
            started = true;
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw CsvRows.unreadable("line " + parser.currentTokenLocation().getLineNr(),
                        "a JSON import is an array of objects, one per value");
            }
        }
        JsonToken t = parser.nextToken();
        if (t == null || (array && t == JsonToken.END_ARRAY)) {
            if (array && t == null) {
                throw CsvRows.unreadable("line " + parser.currentLocation().getLineNr(), "the array is not closed");
            }
            return null;
        }
        long line = parser.currentTokenLocation().getLineNr();
        if (t != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return RawRow.of(line, new String[Field.ALL.length]).failing(RowError.MALFORMED_ROW, Field.INDICATOR,
                    "each value is a JSON object, not " + t.asString());
        }
        String[] values = new String[Field.ALL.length];
        RawRow failure = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken v = parser.nextToken();
            // the API's camelCase, or the export's column names (so an NDJSON export re-imports as is)
            Field f = Field.json(name).or(() -> Field.csv(name)).orElse(null);
            if (f == null && Field.EXPORT_ONLY.contains(name)) {
                parser.skipChildren();
                continue;
            }
            if (f == null || f == Field.ACTION) {
                parser.skipChildren();
                failure = failure != null ? failure : RawRow.of(line, values).failing(RowError.MALFORMED_ROW,
                        Field.INDICATOR, "unknown member '" + name + "'");
                continue;
            }
            boolean number = v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT;
            boolean fits = v == JsonToken.VALUE_NULL || (f == Field.VALUE ? number : v == JsonToken.VALUE_STRING);
            if (!fits) {
                parser.skipChildren();
                failure = failure != null ? failure : RawRow.of(line, values).failing(RowError.WRONG_TYPE, f,
                        f == Field.VALUE ? "a JSON number is expected" : "a JSON string is expected");
                continue;
            }
            values[f.ordinal()] = v == JsonToken.VALUE_NULL ? null : parser.getText();
        }
        RawRow row = RawRow.of(line, values);
        return failure == null ? row : row.failing(failure.error(), failure.errorField(), failure.detail());
    }

    @Override
    public String column(Field field) {
        return field.json;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
