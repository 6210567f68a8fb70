package vn.childplan.export;

import java.io.Closeable;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.childplan.common.Numbers;
import vn.childplan.export.ValueColumns.Column;

/** A file written row by row from typed database values: start, rows, finish; close releases what it holds. */
interface TypedRows extends Closeable {
    void start(List<Column> columns) throws IOException;

    void row(ResultSet rs) throws IOException, SQLException;

    void finish() throws IOException;

    /**
     * The column's value as Java reads it: String (texts and codes), LocalDate, BigDecimal without trailing zeros,
     * Long, OffsetDateTime; null for SQL NULL.
     */
    static Object read(ResultSet rs, Column c) throws SQLException {
        return switch (c.kind()) {
            case TEXT, CODE -> rs.getString(c.name());
            case DATE -> rs.getObject(c.name(), LocalDate.class);
            case NUMBER -> Numbers.plain(rs.getBigDecimal(c.name()));
            case ID -> rs.getObject(c.name(), Long.class);
            case TIME -> rs.getObject(c.name(), OffsetDateTime.class);
        };
    }
}
