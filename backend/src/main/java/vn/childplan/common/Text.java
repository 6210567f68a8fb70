package vn.childplan.common;

import java.text.Normalizer;

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
}
