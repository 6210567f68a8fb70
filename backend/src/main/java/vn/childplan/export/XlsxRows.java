package vn.childplan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.childplan.export.ValueColumns.Column;

/**
 * An Excel workbook written as a stream (POI's SXSSF: only the last {@link #WINDOW} rows stay in memory, the rest go
 * to a compressed temporary file), so the heap stays flat. Vietnamese headers; figures as numbers, dates as dates
 * (dd/mm/yyyy), times as date-times in UTC. A text that Excel would run as a formula is marked "quote prefixed", as
 * Excel itself does for text typed with a leading apostrophe. More rows than a sheet holds continue on a new sheet.
 */
final class XlsxRows implements TypedRows {
    static final String SHEET = "Số liệu";
    private static final int WINDOW = 100;
    private static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle time;
    private final CellStyle formulaLike;
    private List<Column> columns;
    private SXSSFSheet sheet;
    private int next;

    XlsxRows(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        time = workbook.createCellStyle();
        time.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
        formulaLike = workbook.createCellStyle();
        formulaLike.setQuotePrefixed(true);
    }

    @Override
    public void start(List<Column> columns) {
        this.columns = columns;
        newSheet();
    }

    private void newSheet() {
        int n = workbook.getNumberOfSheets();
        sheet = workbook.createSheet(n == 0 ? SHEET : SHEET + " (" + (n + 1) + ")");
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        next = 1;
    }

    @Override
    public void row(ResultSet rs) throws SQLException {
        if (next == ROWS_PER_SHEET) {
            newSheet();
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            Object v = TypedRows.read(rs, columns.get(i));
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (v instanceof Long l) {
                cell.setCellValue(l);
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (v instanceof OffsetDateTime t) {
                cell.setCellValue(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
                cell.setCellStyle(time);
            } else {
                String s = v.toString();
                cell.setCellValue(s);
                if (Spreadsheets.formulaLike(s)) {
                    cell.setCellStyle(formulaLike);
                }
            }
        }
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        out.flush();
    }

    /** Deletes the temporary files. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
