package vn.childplan.officialdoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.childplan.officialdoc.OfficialDocument.Align;
import vn.childplan.officialdoc.OfficialDocument.Block;
import vn.childplan.officialdoc.OfficialDocument.Columns;
import vn.childplan.officialdoc.OfficialDocument.Line;
import vn.childplan.officialdoc.OfficialDocument.Page;
import vn.childplan.officialdoc.OfficialDocument.Paragraph;
import vn.childplan.officialdoc.OfficialDocument.Rule;
import vn.childplan.officialdoc.OfficialDocument.Style;
import vn.childplan.officialdoc.OfficialDocument.Table;

/**
 * An {@link OfficialDocument} as a PDF (PDFBox): the same blocks as the Word file, set on A4 with the decree's margins
 * in Liberation Serif — metric-compatible with Times New Roman, which may not be redistributed — whose used glyphs
 * are embedded as a subset, so the Vietnamese text shows and extracts the same everywhere. PDFBox only draws: the
 * lines are wrapped and justified here.
 */
final class PdfWriter {
    private static final float PT_PER_MM = 72 / 25.4f;
    /** Line height over font size: single spacing. */
    private static final float LEADING = 1.2f;
    private static final float PARAGRAPH_AFTER = 6;
    private static final float CELL_PADDING = 3;
    /** How far under the baseline a rule lies, in font sizes, and the room it takes. */
    private static final float RULE_DROP = 0.4f;
    private static final float RULE_SPACE = 4;
    private static final Map<Style, String> FONT_FILES = Map.of(
            Style.REGULAR, "liberation/LiberationSerif-Regular.ttf", Style.BOLD, "liberation/LiberationSerif-Bold.ttf",
            Style.ITALIC, "liberation/LiberationSerif-Italic.ttf",
            Style.BOLD_ITALIC, "liberation/LiberationSerif-BoldItalic.ttf");

    private final PDDocument doc;
    private final Map<Style, PDFont> fonts = new EnumMap<>(Style.class);
    /** Per font, whether it has a glyph for a code point: a character it lacks is written as '?'. */
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private final float pageWidth;
    private final float pageHeight;
    private final float left;
    private final float right;
    private final float top;
    private final float bottom;
    private PDPageContentStream cs;
    private float y;

    private PdfWriter(PDDocument doc, Page page) throws IOException {
        this.doc = doc;
        for (Map.Entry<Style, String> e : FONT_FILES.entrySet()) {
            try (InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream(e.getValue())) {
                if (in == null) {
                    throw new IllegalStateException("font " + e.getValue() + " is not on the class path");
                }
                fonts.put(e.getKey(), PDType0Font.load(doc, in, true));
            }
        }
        pageWidth = page.widthMm() * PT_PER_MM;
        pageHeight = page.heightMm() * PT_PER_MM;
        left = page.leftMm() * PT_PER_MM;
        right = pageWidth - page.rightMm() * PT_PER_MM;
        top = pageHeight - page.topMm() * PT_PER_MM;
        bottom = page.bottomMm() * PT_PER_MM;
    }

    static void write(OfficialDocument document, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(document.title());
            PdfWriter w = new PdfWriter(doc, OfficialDocument.PAGE);
            w.newPage();
            for (Block b : document.blocks()) {
                if (b instanceof Paragraph p) {
                    w.paragraph(p);
                } else if (b instanceof Columns c) {
                    w.columns(c);
                } else if (b instanceof Table t) {
                    w.table(t);
                }
            }
            w.cs.close();
            doc.save(out);
        }
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = top;
    }

    private void room(float height) throws IOException {
        if (y - height < bottom) {
            newPage();
        }
    }

    private void paragraph(Paragraph p) throws IOException {
        PDFont font = fonts.get(p.style());
        float leading = p.size() * LEADING;
        float indent = p.indent() ? 10 * PT_PER_MM : 0;
        y -= p.spaceBefore();
        List<Wrapped> lines = wrap(p.text(), font, p.size(), right - left, indent);
        for (int i = 0; i < lines.size(); i++) {
            room(leading);
            float x = left + (i == 0 ? indent : 0);
            Wrapped line = lines.get(i);
            draw(line.text(), font, p.size(), x, right - x, p.align(), p.align() == Align.JUSTIFY && !line.last());
            y -= leading;
        }
        y -= PARAGRAPH_AFTER;
    }

    /** Header or foot: both columns from the same top, wrapped in their own width; nothing breaks across pages. */
    private void columns(Columns c) throws IOException {
        float width = right - left;
        float leftWidth = width * c.leftWidth();
        float height = Math.max(columnHeight(c.left(), leftWidth), columnHeight(c.right(), width - leftWidth));
        y -= c.spaceBefore();
        room(height);
        float start = y;
        float end = column(c.left(), c.leftAlign(), left, leftWidth);
        y = start;
        end = Math.min(end, column(c.right(), c.rightAlign(), left + leftWidth, width - leftWidth));
        y = end - PARAGRAPH_AFTER;
    }

    private float columnHeight(List<Line> lines, float width) {
        float h = 0;
        for (Line l : lines) {
            h += wrap(l.text(), fonts.get(l.style()), l.size(), width, 0).size() * l.size() * LEADING;
            h += l.rule() == Rule.NONE ? 0 : RULE_SPACE;
        }
        return h;
    }

    private float column(List<Line> lines, Align align, float x, float width) throws IOException {
        for (Line l : lines) {
            PDFont font = fonts.get(l.style());
            String last = "";
            for (Wrapped text : wrap(l.text(), font, l.size(), width, 0)) {
                last = text.text();
                draw(last, font, l.size(), x, width, align, false);
                y -= l.size() * LEADING;
            }
            // below the last line's descenders: its baseline is one size under its top
            float ruleY = y + l.size() * LEADING - l.size() - RULE_DROP * l.size();
            if (l.rule() == Rule.SHORT) {
                rule(x + width / 3, x + 2 * width / 3, ruleY);
                y -= RULE_SPACE;
            } else if (l.rule() == Rule.TEXT) {
                float w = textWidth(last, font, l.size());
                float from = align == Align.CENTER ? x + (width - w) / 2 : x;
                rule(from, from + w, ruleY);
                y -= RULE_SPACE;
            }
        }
        return y;
    }

    private void rule(float from, float to, float at) throws IOException {
        cs.setLineWidth(0.6f);
        cs.moveTo(from, at);
        cs.lineTo(to, at);
        cs.stroke();
    }

    /** Rows keep together; a row that does not fit starts a new page, which repeats the header row. */
    private void table(Table t) throws IOException {
        float width = right - left;
        float[] widths = new float[t.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width * t.widths().get(i);
        }
        row(t.header(), widths, t.size(), true, null);
        for (List<String> cells : t.rows()) {
            row(cells, widths, t.size(), false, t.header());
        }
        y -= PARAGRAPH_AFTER;
    }

    private void row(List<String> cells, float[] widths, float size, boolean header, List<String> repeat)
            throws IOException {
        PDFont font = fonts.get(header ? Style.BOLD : Style.REGULAR);
        float leading = size * LEADING;
        List<List<Wrapped>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<Wrapped> w = wrap(cells.get(i), font, size, widths[i] - 2 * CELL_PADDING, 0);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float height = lines * leading + 2 * CELL_PADDING;
        if (y - height < bottom) {
            newPage();
            if (repeat != null) {
                row(repeat, widths, size, true, null);
            }
        }
        float x = left;
        cs.setLineWidth(0.5f);
        for (int i = 0; i < cells.size(); i++) {
            cs.addRect(x, y - height, widths[i], height);
            cs.stroke();
            float saved = y;
            y -= CELL_PADDING;
            for (Wrapped line : wrapped.get(i)) {
                draw(line.text(), font, size, x + CELL_PADDING, widths[i] - 2 * CELL_PADDING,
                        header || i == 0 ? Align.CENTER : Align.LEFT, false);
                y -= leading;
            }
            y = saved;
            x += widths[i];
        }
        y -= height;
    }

    /** One line whose top is at y; justified by spreading the words over the width. */
    private void draw(String text, PDFont font, float size, float x, float width, Align align, boolean justify)
            throws IOException {
        String safe = safe(text, font);
        float baseline = y - size;
        String[] words = safe.split(" ");
        if (justify && words.length > 1) {
            float used = 0;
            for (String w : words) {
                used += textWidth(w, font, size);
            }
            float gap = (width - used) / (words.length - 1);
            float at = x;
            for (String w : words) {
                show(w, font, size, at, baseline);
                at += textWidth(w, font, size) + gap;
            }
            return;
        }
        float w = textWidth(safe, font, size);
        float at = switch (align) {
            case CENTER -> x + (width - w) / 2;
            case LEFT, JUSTIFY -> x;
        };
        show(safe, font, size, at, baseline);
    }

    private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    private float textWidth(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(safe(text, font)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with what the font cannot show replaced: '?' for a missing glyph, a space for tabs and controls. */
    private String safe(String text, PDFont font) {
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                s.append(' ');
            } else if (known.computeIfAbsent(cp, c -> encodable(font, c))) {
                s.appendCodePoint(cp);
            } else {
                s.append('?');
            }
        });
        return s.toString();
    }

    private static boolean encodable(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A wrapped line; {@code last} when it ends a line of the text, which is never justified. */
    private record Wrapped(String text, boolean last) {
    }

    /** Greedy word wrap: the text's own line breaks kept, the first line {@code indent} narrower. */
    private List<Wrapped> wrap(String text, PDFont font, float size, float width, float indent) {
        List<Wrapped> out = new ArrayList<>();
        for (String part : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : part.strip().split("\\s+")) {
                float room = width - (out.isEmpty() ? indent : 0);
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (line.isEmpty() || textWidth(candidate, font, size) <= room) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    out.add(new Wrapped(line.toString(), false));
                    line.setLength(0);
                    line.append(word);
                }
            }
            out.add(new Wrapped(line.toString(), true));
        }
        return out;
    }
}
