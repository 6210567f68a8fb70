package vn.childplan.common;

import java.text.Normalizer;
import java.util.Locale;

/** Text stored by ChildPlan is Unicode NFC (DOMAIN.md): the same words typed in combining form are equal. */
public final class Text {
    private Text() {
    }

    /** NFC-normalised and trimmed; blank becomes null so optional fields are never stored as "". */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * Why {@code s} cannot be accepted as text, or null when it can. PostgreSQL cannot store NUL (U+0000) nor half of
     * a surrogate pair, and no other control character belongs in a plan, a name or a search: only tab, line feed
     * and carriage return pass. Every JSON string of a body and every query or path parameter is checked here,
     * before anything is read or written, so one pasted character gives 400 naming the field, never a 500.
     */
    public static String unstorable(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate " + codePoint(c) + " at position " + (i + 1);
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "contains the control character " + codePoint(c) + " at position " + (i + 1);
            }
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
