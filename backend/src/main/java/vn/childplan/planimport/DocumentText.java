package vn.childplan.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;

/**
 * The text of an uploaded plan document, one line per paragraph, in Unicode NFC: plain text and Markdown as sent
 * (UTF-8 unless the media type names another charset; bytes that are not UTF-8 are read as the 8-bit legacy fonts
 * wrote them, Windows-1252), DOCX through Apache POI (paragraphs; tables as Markdown pipe rows, see {@link #table}).
 * Vietnamese in TCVN3 or VNI is converted ({@link LegacyEncodings}).
 */
final class DocumentText {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String MARKDOWN = "text/markdown";

    private DocumentText() {
    }

    static String read(byte[] body, String mediaType) {
        if (body == null || body.length == 0) {
            throw new ApiException(ErrorCode.UNREADABLE_DOCUMENT, "the document is empty");
        }
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (!(type.startsWith("text/plain") || type.startsWith(MARKDOWN) || type.startsWith(DOCX))) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        }
        String text = type.startsWith(DOCX) ? docx(body) : plain(body, charset(type));
        text = LegacyEncodings.toUnicode(text.startsWith("\ufeff") ? text.substring(1) : text);
        if (text.isBlank()) {
            throw new ApiException(ErrorCode.UNREADABLE_DOCUMENT, "the document holds no text");
        }
        return text;
    }

    private static Charset charset(String mediaType) {
        int at = mediaType.indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String name = mediaType.substring(at + 8).split("[;\\s]")[0].replace("\"", "");
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.UNREADABLE_DOCUMENT, "unknown charset " + name);
        }
    }

    private static String plain(byte[] body, Charset declared) {
        if (declared != null) {
            return new String(body, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            // an 8-bit file: TCVN3 and VNI fonts put their letters in the upper half, which Windows-1252 maps 1:1
            return new String(body, Charset.forName("windows-1252"));
        }
    }

    private static String docx(byte[] body) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body))) {
            StringBuilder out = new StringBuilder();
            elements(doc.getBodyElements(), out);
            return out.toString();
        } catch (IOException | RuntimeException e) {
            // POI answers a file that is not a DOCX with several exception types; all mean the same to the client
            throw new ApiException(ErrorCode.UNREADABLE_DOCUMENT, "not a readable DOCX file");
        }
    }

    private static void elements(List<IBodyElement> elements, StringBuilder out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable t) {
                table(t, out);
            }
        }
    }

    /**
     * A table as Markdown pipe rows, one line a row, which {@link Lines} reads as the rows of a table of tasks or, for
     * a layout table such as the header of a decree (issuer beside the national motto), cell by cell. A cell's
     * paragraphs are joined by "&lt;br&gt;"; a cell spanning columns is followed by empty cells, so the columns stay
     * aligned; a cell merged with the one above (vMerge) repeats its text, as it is that row's too.
     */
    private static void table(XWPFTable table, StringBuilder out) {
        List<String> above = List.of();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int column = cells.size();
                boolean continued = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                cells.add(continued && column < above.size() ? above.get(column) : cellText(cell));
                int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                for (int s = 1; s < span; s++) {
                    cells.add("");
                }
            }
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
            above = cells;
        }
    }

    private static String cellText(XWPFTableCell cell) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs(cell.getBodyElements(), paragraphs);
        return String.join("<br>", paragraphs.stream().map(p -> p.replace("|", "\\|").strip()).filter(p -> !p.isEmpty())
                .toList());
    }

    /** The paragraphs of a cell; a table nested in it gives the paragraphs of its cells, in reading order. */
    private static void paragraphs(List<IBodyElement> elements, List<String> into) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                into.add(p.getText());
            } else if (e instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> paragraphs(c.getBodyElements(), into)));
            }
        }
    }
}
