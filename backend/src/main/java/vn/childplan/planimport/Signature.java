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

    /** The signature block: the last title line ("PHÓ CHỦ TỊCH" under "KT. CHỦ TỊCH") and the name below it. */
    static Signer signer(List<Line> lines, int bodyEnd, Map<String, String> db, Map<String, Provenance> provenance) {
        int titleAt = -1;
        String title = null;
        for (int i = Math.max(0, bodyEnd - 1); i < lines.size(); i++) {
            Matcher m = SIGN_TITLE.matcher(lines.get(i).text());
            if (m.matches()) {
                titleAt = i;
                title = Folding.sentenceCase(m.group(1)).replace("chủ tịch", "Chủ tịch");
            }
        }
        if (titleAt >= 0) {
            for (int i = titleAt + 1; i < lines.size(); i++) {
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
        }
        if (db.containsKey("nguoi ky")) {
            provenance.put("signer", new Provenance(null, 0.85));
            return new Signer(db.get("nguoi ky"), title, null, 0.85);
        }
        return null;
    }
}
