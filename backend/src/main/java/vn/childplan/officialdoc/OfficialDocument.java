package vn.childplan.officialdoc;

import java.util.List;

/**
 * An administrative document (văn bản hành chính) laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I, prescribes: the one
 * content model that {@link DocxWriter} and {@link PdfWriter} both render, so the Word file and the PDF cannot say
 * different things. Sizes are in points; the page is A4 with the decree's margins ({@link #PAGE}).
 */
record OfficialDocument(String title, List<Block> blocks) {

    /** A4, margins top 20, bottom 20, left 30, right 15 mm: within the decree's 20–25, 20–25, 30–35, 15–20. */
    static final Page PAGE = new Page(210, 297, 20, 20, 30, 15);

    /** Times New Roman 13 pt for the body (the decree: 13–14). */
    static final float BODY = 13;

    record Page(float widthMm, float heightMm, float topMm, float bottomMm, float leftMm, float rightMm) {
    }

    enum Style {
        REGULAR, BOLD, ITALIC, BOLD_ITALIC;

        boolean bold() {
            return this == BOLD || this == BOLD_ITALIC;
        }

        boolean italic() {
            return this == ITALIC || this == BOLD_ITALIC;
        }
    }

    enum Align {
        LEFT, CENTER, JUSTIFY
    }

    /** What is drawn under a line: nothing, a short centred rule (a third of the column), or a rule as long as the text. */
    enum Rule {
        NONE, SHORT, TEXT
    }

    sealed interface Block permits Paragraph, Columns, Table {
    }

    /** Body text: {@code indent} indents the first line by 1 cm, as the decree's paragraphs are. */
    record Paragraph(String text, Style style, Align align, float size, boolean indent, float spaceBefore)
            implements Block {

        static Paragraph body(String text) {
            return new Paragraph(text, Style.REGULAR, Align.JUSTIFY, BODY, true, 0);
        }

        static Paragraph heading(String text) {
            return new Paragraph(text, Style.BOLD, Align.JUSTIFY, BODY, true, 6);
        }

        static Paragraph centred(String text, Style style) {
            return new Paragraph(text, style, Align.CENTER, BODY, false, 0);
        }
    }

    /** One line of a column: it wraps when longer than the column. */
    record Line(String text, Style style, float size, Rule rule) {
    }

    /**
     * Two columns side by side on a table without borders: the header (issuing body and number | Quốc hiệu, Tiêu ngữ,
     * place and date) and the foot (Nơi nhận | the signer). {@code leftWidth} is the left column's share of the line.
     */
    record Columns(List<Line> left, Align leftAlign, List<Line> right, Align rightAlign, float leftWidth,
            float spaceBefore) implements Block {
    }

    /** A table with borders, its header row bold; {@code widths} are the columns' shares of the line. */
    record Table(List<String> header, List<List<String>> rows, List<Float> widths, float size) implements Block {
    }
}
