package vn.childplan.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;

/**
 * The text of an uploaded plan document, one line per paragraph, in Unicode NFC: plain text and Markdown as sent
 * (UTF-8 unless the media type names another charset; bytes that are not UTF-8 are read as the 8-bit legacy fonts
 * wrote them, Windows-1252), DOCX through Apache POI (paragraphs, and the paragraphs of table cells in reading order).
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
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        // the header table of a decree puts the issuer and the national motto side by side
                        elements(cell.getBodyElements(), out);
                    }
                }
            }
        }
    }
}
