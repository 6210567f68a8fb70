package vn.childplan.attachment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Content-Disposition of a download (RFC 6266): {@code filename*} carries the name in UTF-8 (RFC 8187), which every
 * current browser reads; {@code filename} beside it is an ASCII rendering for older clients — the Vietnamese letters
 * without their marks (đ as d), anything else that cannot stand in a quoted string as an underscore.
 */
final class ContentDisposition {
    private ContentDisposition() {
    }

    static String attachment(String name) {
        return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded(name);
    }

    private static String ascii(String name) {
        String bare = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(bare.length());
        bare.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }

    /** RFC 8187's value-chars: attr-char as is, every other byte of the UTF-8 percent-encoded. */
    private static String encoded(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
