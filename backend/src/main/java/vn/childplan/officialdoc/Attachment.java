package vn.childplan.officialdoc;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A file for the browser to save, and its Content-Disposition (RFC 6266): the Vietnamese name in {@code filename*}
 * (RFC 8187, UTF-8, percent-encoded), which browsers prefer, and an ASCII name without diacritics in {@code filename}
 * for clients that read only that.
 */
public record Attachment(byte[] content, DocumentFormat format, String fileName) {
    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    public String contentDisposition() {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9 ._-]", "_");
    }

    static String encoded(String name) {
        StringBuilder s = new StringBuilder();
        for (byte b : Normalizer.normalize(name, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR.indexOf(c) >= 0)) {
                s.append(c);
            } else {
                s.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return s.toString();
    }
}
