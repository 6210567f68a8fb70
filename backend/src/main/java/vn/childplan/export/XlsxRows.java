package vn.childplan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.childplan.export.ValueColumns.Column;

/**
 * Indicator values as an Excel workbook written as a stream ({@link XlsxCells}), Vietnamese headers; more rows than a
 * sheet holds continue on a new sheet.
 */
final class XlsxRows implements TypedRows {
    static final String SHEET = "Số liệu";
    private static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final OutputStream out;
    private final XlsxCells cells = new XlsxCells();
    private List<Column> columns;
    private Sheet sheet;
    private int next;

    XlsxRows(OutputStream out) {
        this.out = out;
    }

    @Override
    public void start(List<Column> columns) {
        this.columns = columns;
        newSheet();
    }

    private void newSheet() {
        int n = cells.workbook.getNumberOfSheets();
        sheet = cells.sheet(n == 0 ? SHEET : SHEET + " (" + (n + 1) + ")",
                columns.stream().map(Column::header).toList());
        next = 1;
    }

    @Override
    public void row(ResultSet rs) throws SQLException {
        if (next == ROWS_PER_SHEET) {
            newSheet();
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            cells.set(row, i, TypedRows.read(rs, columns.get(i)));
        }
    }

    @Override
    public void finish() throws IOException {
        cells.workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        cells.close();
    }
}
