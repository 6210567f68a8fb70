package vn.childplan.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Markdown plan as its author typed it in Word: each line a paragraph (no empty paragraphs between them), emphasis as
 * bold runs, a horizontal rule as a page break, and each pipe table as a real table. In a table, "&lt;br&gt;" and the
 * "; " between the agencies of a "phối hợp" cell start a new paragraph of the cell, a row that only names a group
 * spans the columns after its number (gridSpan), and a "chủ trì" cell equal to the one above is merged with it
 * (vMerge), as a Word user lays such a table out.
 */
final class MarkdownDocx {
    private MarkdownDocx() {
    }

    static byte[] of(String markdown) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> lines = Arrays.asList(markdown.split("\n", -1));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("|")) {
                    int end = i;
                    while (end < lines.size() && lines.get(end).strip().startsWith("|")) {
                        end++;
                    }
                    table(doc, lines.subList(i, end));
                    i = end - 1;
                } else if (line.equals("---")) {
                    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                } else if (!line.isEmpty()) {
                    paragraph(doc.createParagraph(), line.replaceFirst("^#{1,6}\\s*", ""));
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void paragraph(XWPFParagraph p, String markdown) {
        boolean bold = markdown.startsWith("**");
        var run = p.createRun();
        run.setBold(bold);
        run.setText(markdown.replace("**", "").replaceAll("(?<![\\w*])\\*|\\*(?![\\w*])", ""));
    }

    private static void table(XWPFDocument doc, List<String> markdownRows) {
        List<List<String>> rows = new ArrayList<>();
        for (String r : markdownRows) {
            if (r.matches("^\\|[\\s:|-]+\\|$")) {
                continue; // the separator under the header
            }
            String inner = r.strip().substring(1, r.strip().length() - 1);
            rows.add(Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList());
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        List<String> header = rows.get(0).stream().map(Folding::fold).toList();
        int leadColumn = indexOf(header, "chu tri");
        int partnerColumn = indexOf(header, "phoi hop");
        XWPFTable table = doc.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            XWPFTableRow row = table.getRow(r);
            boolean group = r > 0 && columns > 2 && cells.subList(2, cells.size()).stream().allMatch(String::isEmpty);
            for (int c = 0; c < columns; c++) {
                String text = c < cells.size() ? cells.get(c) : "";
                XWPFTableCell cell = row.getCell(c);
                List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("<br>")));
                if (c == partnerColumn && r > 0) {
                    paragraphs = Arrays.asList(text.split(";\\s*"));
                }
                boolean mergedWithAbove = c == leadColumn && r > 1 && !group && !text.isEmpty()
                        && text.equals(rows.get(r - 1).get(c));
                if (mergedWithAbove) {
                    cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                    XWPFTableCell above = table.getRow(r - 1).getCell(c);
                    var pr = above.getCTTc().isSetTcPr() ? above.getCTTc().getTcPr() : above.getCTTc().addNewTcPr();
                    if (!pr.isSetVMerge()) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    continue;
                }
                for (int k = 0; k < paragraphs.size(); k++) {
                    paragraph(k == 0 ? cell.getParagraphs().get(0) : cell.addParagraph(), paragraphs.get(k).strip());
                }
            }
            if (group) {
                // the group's name spans the columns after its number; the spanned cells are no cells of their own
                for (int c = columns - 1; c >= 2; c--) {
                    row.removeCell(c);
                }
                row.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns - 1));
            }
        }
    }

    private static int indexOf(List<String> header, String words) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).contains(words)) {
                return i;
            }
        }
        return -1;
    }
}
