package vn.childplan.officialdoc;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.childplan.officialdoc.OfficialDocument.Align;
import vn.childplan.officialdoc.OfficialDocument.Block;
import vn.childplan.officialdoc.OfficialDocument.Columns;
import vn.childplan.officialdoc.OfficialDocument.Line;
import vn.childplan.officialdoc.OfficialDocument.Page;
import vn.childplan.officialdoc.OfficialDocument.Paragraph;
import vn.childplan.officialdoc.OfficialDocument.Rule;
import vn.childplan.officialdoc.OfficialDocument.Table;

/** An {@link OfficialDocument} as a Word file (POI XWPF): Times New Roman, A4, the decree's margins. */
final class DocxWriter {
    private DocxWriter() {
    }

    static final String FONT = "Times New Roman";
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    /** The first line of a body paragraph is indented by 1 cm. */
    private static final int INDENT = mm(10);

    static void write(OfficialDocument document, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(document.title());
            page(doc, OfficialDocument.PAGE);
            int width = mm(OfficialDocument.PAGE.widthMm() - OfficialDocument.PAGE.leftMm()
                    - OfficialDocument.PAGE.rightMm());
            for (Block b : document.blocks()) {
                if (b instanceof Paragraph p) {
                    paragraph(doc.createParagraph(), p);
                } else if (b instanceof Columns c) {
                    columns(doc, c, width);
                } else if (b instanceof Table t) {
                    table(doc, t, width);
                }
            }
            doc.write(out);
        }
    }

    private static int mm(double mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }

    private static void page(XWPFDocument doc, Page page) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(mm(page.widthMm())));
        size.setH(BigInteger.valueOf(mm(page.heightMm())));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(page.topMm())));
        margins.setBottom(BigInteger.valueOf(mm(page.bottomMm())));
        margins.setLeft(BigInteger.valueOf(mm(page.leftMm())));
        margins.setRight(BigInteger.valueOf(mm(page.rightMm())));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
    }

    private static void paragraph(XWPFParagraph p, Paragraph block) {
        p.setAlignment(alignment(block.align()));
        if (block.indent()) {
            p.setIndentationFirstLine(INDENT);
        }
        spacing(p, block.spaceBefore(), 6);
        text(p, block.text(), block.style(), block.size(), false);
    }

    private static void spacing(XWPFParagraph p, float before, float after) {
        p.setSpacingBefore(Math.round(before * 20));
        p.setSpacingAfter(Math.round(after * 20));
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    }

    /** Runs of text; a line break in the text is a line break in the paragraph. */
    private static void text(XWPFParagraph p, String text, OfficialDocument.Style style, float size, boolean underline) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = p.createRun();
            r.setFontFamily(FONT);
            r.setFontSize(size);
            r.setBold(style.bold());
            r.setItalic(style.italic());
            if (underline) {
                r.setUnderline(UnderlinePatterns.SINGLE);
            }
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i]);
        }
    }

    private static ParagraphAlignment alignment(Align a) {
        return switch (a) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case JUSTIFY -> ParagraphAlignment.BOTH;
        };
    }

    /** The two columns on a table without borders, as the decree's header and foot are set in Word. */
    private static void columns(XWPFDocument doc, Columns c, int width) {
        if (c.spaceBefore() > 0) {
            XWPFParagraph gap = doc.createParagraph();
            spacing(gap, 0, 0);
            text(gap, "", OfficialDocument.Style.REGULAR, c.spaceBefore(), false);
        }
        int left = Math.round(width * c.leftWidth());
        XWPFTable table = fixed(doc.createTable(1, 2), List.of(left, width - left));
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
        XWPFTableRow row = table.getRow(0);
        lines(row.getCell(0), c.left(), c.leftAlign(), left);
        lines(row.getCell(1), c.right(), c.rightAlign(), width - left);
    }

    private static void lines(XWPFTableCell cell, List<Line> lines, Align align, int width) {
        boolean first = true;
        for (Line line : lines) {
            XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
            first = false;
            p.setAlignment(alignment(align));
            spacing(p, 0, 0);
            text(p, line.text(), line.style(), line.size(), line.rule() == Rule.TEXT);
            if (line.rule() == Rule.SHORT) {
                // a rule a third of the column wide, centred under the line: a bordered empty paragraph, indented
                XWPFParagraph rule = cell.addParagraph();
                spacing(rule, 0, 0);
                rule.setBorderBottom(Borders.SINGLE);
                // POI writes the border without a width, which LibreOffice draws as nothing: 0.75 pt, black
                var border = rule.getCTP().getPPr().getPBdr().getBottom();
                border.setSz(BigInteger.valueOf(6));
                border.setColor("000000");
                rule.setIndentationLeft(width / 3);
                rule.setIndentationRight(width / 3);
                text(rule, "", OfficialDocument.Style.REGULAR, 2, false);
            }
        }
    }

    private static void table(XWPFDocument doc, Table t, int width) {
        List<Integer> widths = t.widths().stream().map(w -> Math.round(width * w)).toList();
        XWPFTable table = fixed(doc.createTable(t.rows().size() + 1, t.header().size()), widths);
        for (int r = 0; r <= t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            List<String> cells = r == 0 ? t.header() : t.rows().get(r - 1);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int i = 0; i < cells.size(); i++) {
                XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
                p.setAlignment(r == 0 || i == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                spacing(p, 2, 2);
                text(p, cells.get(i), r == 0 ? OfficialDocument.Style.BOLD : OfficialDocument.Style.REGULAR, t.size(),
                        false);
            }
        }
        // a paragraph after the table keeps the next table (or the foot) from joining it
        spacing(doc.createParagraph(), 0, 0);
    }

    /** A table of fixed column widths (twips) filling the line. */
    private static XWPFTable fixed(XWPFTable table, List<Integer> widths) {
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(widths.stream().mapToInt(Integer::intValue).sum()));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        widths.forEach(x -> grid.addNewGridCol().setW(BigInteger.valueOf(x)));
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < widths.size(); i++) {
                var tc = row.getCell(i).getCTTc();
                var tcPr = tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
                CTTblWidth cw = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                cw.setType(STTblWidth.DXA);
                cw.setW(BigInteger.valueOf(widths.get(i)));
            }
        }
        return table;
    }
}
