package vn.childplan.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * How the exports write an Excel workbook: streamed (POI's SXSSF: only the last {@link #WINDOW} rows of a sheet stay
 * in memory, the rest go to a compressed temporary file, so the heap stays flat), bold frozen headers, figures as
 * numbers, dates as dates (dd/mm/yyyy), times as date-times in UTC. A text that Excel would run as a formula is
 * marked "quote prefixed", as Excel itself does for text typed with a leading apostrophe.
 */
final class XlsxCells implements AutoCloseable {
    private static final int WINDOW = 100;

    final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle time;
    private final CellStyle formulaLike;

    XlsxCells() {
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

    /** A new sheet whose first row, frozen, holds {@code headers}. */
    Sheet sheet(String name, List<String> headers) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Writes {@code value} (String, BigDecimal, Long, Integer, LocalDate, OffsetDateTime) into column {@code i}. */
    void set(Row row, int i, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(i);
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.longValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof OffsetDateTime t) {
            cell.setCellValue(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
            cell.setCellStyle(time);
        } else {
            String s = value.toString();
            cell.setCellValue(s);
            if (Spreadsheets.formulaLike(s)) {
                cell.setCellStyle(formulaLike);
            }
        }
    }

    /** Deletes the temporary files (POI's close() only closes their writers), then closes the workbook. */
    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
