package vn.childplan.valueimport;

/**
 * One row as a file states it: the text of each {@link Field} (null when absent) and the line it starts on. A
 * reader that already knows the row is broken (a CSV row with too many fields, a JSON member of the wrong type)
 * names the failure, its field and what is wrong.
 */
record RawRow(long line, String[] values, RowError error, Field errorField, String detail) {
    static RawRow of(long line, String[] values) {
        return new RawRow(line, values, null, null, null);
    }

    String get(Field f) {
        return values[f.ordinal()];
    }

    RawRow failing(RowError code, Field field, String detail) {
        return error != null ? this : new RawRow(line, values, code, field, detail);
    }
}
