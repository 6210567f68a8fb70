package vn.childplan.planimport;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.childplan.planimport.Lines.Line;
import vn.childplan.planimport.PlanImportDtos.Provenance;
import vn.childplan.planimport.PlanImportDtos.Signer;
import vn.childplan.planimport.PlanImportDtos.Source;

/** Where the body ends ("Nơi nhận", the signature, "./.") and who signed the document. */
final class Signature {
    private static final Pattern SIGN_TITLE = Pattern.compile("^(?:(?:TM|KT|Q|TL|TUQ)\\.\\s*)?(PHÓ CHỦ TỊCH|CHỦ TỊCH|"
            + "PHÓ GIÁM ĐỐC|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|"
            + "CHÁNH VĂN PHÒNG|BÍ THƯ|PHÓ BÍ THƯ)\\s*$");
    private static final Pattern SIGN_ON_BEHALF = Pattern.compile("^(TM|KT|Q|TL|TUQ)\\.\\s*\\p{Lu}");
    private static final Pattern PERSON = Pattern.compile("^(\\p{Lu}[\\p{Ll}]*)(\\s+\\p{Lu}[\\p{Ll}]*){1,5}$");

    private Signature() {
    }

    /** The body ends at "Nơi nhận", at the signature, or after the line that closes it with "./.". */
    static int bodyEnd(List<Line> lines, int from) {
        for (int i = Math.min(from, lines.size()); i < lines.size(); i++) {
            String t = lines.get(i).text();
            String f = Folding.fold(t);
            if (f.startsWith("noi nhan") || SIGN_ON_BEHALF.matcher(t).find() || SIGN_TITLE.matcher(t).matches()) {
                return i;
            }
            if (t.endsWith("./.") || t.endsWith("/.")) {
                return i + 1;
            }
        }
        return lines.size();
    }

    /**
     * The signature block: the last title line ("PHÓ CHỦ TỊCH" under "KT. CHỦ TỊCH") and the name below it, after the
     * body; else before it, where a decision that issues the plan attached to it is signed; else the database block.
     */
    static Signer signer(List<Line> lines, int bodyEnd, int bodyStart, Map<String, String> db,
            Map<String, Provenance> provenance) {
        Signer signed = signed(lines, Math.max(0, bodyEnd - 1), lines.size(), provenance);
        if (signed == null) {
            signed = signed(lines, 0, Math.min(bodyStart, lines.size()), provenance);
        }
        if (signed != null && signed.name() != null) {
            return signed;
        }
        if (db.containsKey("nguoi ky")) {
            provenance.put("signer", new Provenance(null, 0.85));
            return new Signer(db.get("nguoi ky"), signed == null ? null : signed.title(), null, 0.85);
        }
        return null;
    }

    /** "PHÓ CHỦ TỊCH" is "Phó Chủ tịch", "PHÓ GIÁM ĐỐC" "Phó Giám đốc": the office starts with a capital. */
    private static String title(String capitals) {
        String t = Folding.sentenceCase(capitals);
        return t.startsWith("Phó ") ? "Phó " + Character.toUpperCase(t.charAt(4)) + t.substring(5) : t;
    }

    /** The signature between two lines; its name null when no name follows the title; null when there is no title. */
    private static Signer signed(List<Line> lines, int from, int to, Map<String, Provenance> provenance) {
        int titleAt = -1;
        String title = null;
        for (int i = from; i < to; i++) {
            Matcher m = SIGN_TITLE.matcher(lines.get(i).text());
            if (m.matches()) {
                titleAt = i;
                title = title(m.group(1));
            }
        }
        if (titleAt < 0) {
            return null;
        }
        for (int i = titleAt + 1; i < to; i++) {
            String t = lines.get(i).text();
            if (t.isEmpty() || Folding.fold(t).matches("^\\(?(da ky|ky ten|ky|ky, ghi ro ho ten)\\)?.*")) {
                continue;
            }
            if (PERSON.matcher(t).matches()) {
                Source s = Source.of(lines.get(titleAt).no(), lines.get(i).no());
                provenance.put("signer", new Provenance(s, 0.9));
                return new Signer(t, title, s, 0.9);
            }
            break;
        }
        return new Signer(null, title, null, 0);
    }
}
