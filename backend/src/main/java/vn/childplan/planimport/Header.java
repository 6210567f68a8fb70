package vn.childplan.planimport;

import static vn.childplan.planimport.Lines.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.childplan.planimport.Lines.Line;
import vn.childplan.planimport.PlanImportDtos.PeriodDraft;
import vn.childplan.planimport.PlanImportDtos.Provenance;
import vn.childplan.planimport.PlanImportDtos.TextItem;

/**
 * The document's header: the legal-database block, the official header (issuer, "Số: …", "place, ngày … tháng …
 * năm …"), the kind line and the title with its period. What it cannot read it says in the extraction's warnings.
 */
final class Header {
    private static final Pattern NATIONAL_HEADER = Pattern.compile("(?i)(CỘNG HÒA|CỘNG HOÀ|Độc lập\\s*-|ĐỘC LẬP\\s*-).*$");
    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:\\s*(.*)$");
    private static final Pattern DATE_LINE = Pattern.compile("^(?:([^,]{2,60}),\\s*)?ngày\\s+(\\d{1,2})?\\s*tháng\\s+(\\d{1,2})?"
            + "\\s*năm\\s+(\\d{4})");
    private static final Pattern DOC_NUMBER = Pattern.compile("(\\d*)\\s*((?:/\\d{4})?\\s*[/-]\\s*[\\p{L}\\d]+(?:\\s*[-/&]\\s*[\\p{L}\\d]+)*)");
    static final Map<String, String> KINDS = new LinkedHashMap<>();
    private static final Pattern PERIOD = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})(?!\\d)"
            + "|(?i:năm)\\s+((?:19|20)\\d{2})(?!\\s*[-–/\\d])", Pattern.UNICODE_CASE);
    /** Words before "năm 2030" that make it a date or a horizon rather than the years the plan covers. */
    private static final Pattern HORIZON = Pattern.compile("(?i)(đến|tới|tầm nhìn|định hướng|tháng\\s+\\d{1,2}|ngày\\s+\\d{1,2})"
            + "\\s*$", Pattern.UNICODE_CASE);
    /** Words that open an issuing body's name in a header, folded. */
    private static final Pattern BODY_HEAD = Pattern.compile("(uy ban|ubnd|so|bo|ban|cuc|chi cuc|phong|trung tam|hoi dong|"
            + "van phong|tinh uy|thanh uy|huyen uy|dang uy)\\b");
    /** The unit in a body's name: "tỉnh Bình Định", "thành phố Huế", "xã Hòa Phú". */
    private static final Pattern UNIT = Pattern.compile("\\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) \\p{Lu}.*$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DB_FIELD = Pattern.compile("(?i)(Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|"
            + "Người ký|Ngày ban hành|Lĩnh vực|Ngày hiệu lực|Tình trạng|Ngày công báo|Số công báo)\\s*:?\\s*");
    private static final Pattern PREAMBLE_ISSUER = Pattern.compile("(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\\s+"
            + "(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)((?:\\s+\\p{Lu}[\\p{L}]*)+)", Pattern.UNICODE_CASE);

    static {
        KINDS.put("ke hoach", "PLAN");
        KINDS.put("quyet dinh", "DECISION");
        KINDS.put("chi thi", "DIRECTIVE");
        KINDS.put("nghi quyet", "RESOLUTION");
        KINDS.put("chuong trinh", "PROGRAMME");
        KINDS.put("cong van", "LETTER");
    }

    private final List<TextItem> warnings;

    Header(List<TextItem> warnings) {
        this.warnings = warnings;
    }

    static int kindLine(List<Line> lines, int before) {
        for (int i = 0; i < Math.min(before, lines.size()); i++) {
            Line l = lines.get(i);
            if (Folding.upperCase(l.text()) && KINDS.containsKey(Folding.fold(l.text()).strip())) {
                return i;
            }
        }
        return -1;
    }

    static List<Line> titleLines(List<Line> lines, int kindLine, int bodyStart) {
        List<Line> out = new ArrayList<>();
        if (kindLine < 0) {
            return out;
        }
        int i = kindLine + 1;
        while (i < bodyStart && lines.get(i).blank()) {
            i++;
        }
        while (i < bodyStart && !lines.get(i).blank() && (Folding.upperCase(lines.get(i).text()) || lines.get(i).emphasised())) {
            out.add(lines.get(i++));
        }
        if (out.isEmpty() && i < bodyStart) {
            // a title in plain type: one line that neither ends a sentence nor opens a list
            String t = lines.get(i).text();
            if (!t.endsWith(":") && !t.endsWith(".") && !t.endsWith(";") && t.length() < 400) {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    static String titleText(List<Line> title) {
        String t = String.join(" ", title.stream().map(Line::text).toList()).strip();
        if (Folding.upperCase(t)) {
            t = properNames(Folding.sentenceCase(t));
        }
        return t.replaceAll("[.;:]+$", "");
    }

    /** Capitalises the words of a place name after its unit word in a text that was all capitals. */
    static String properNames(String s) {
        Matcher m = Pattern.compile("\\b(tỉnh|thành phố|huyện|quận|thị xã|xã(?! hội)|phường|thị trấn)\\s+((?:(?!năm|giai|đến|về|"
                + "và|trên|theo|tầm|thực|trong)[\\p{L}]+\\s?)+)", Pattern.UNICODE_CHARACTER_CLASS).matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder name = new StringBuilder();
            for (String w : m.group(2).strip().split("\\s+")) {
                name.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ');
            }
            String tail = m.group(2).endsWith(" ") ? " " : "";
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + " " + name.toString().strip() + tail));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "Số hiệu: 26/KH-UBND", "Người ký: …": the block legal databases put before the text; keys folded. */
    static Map<String, String> databaseFields(List<Line> lines, int before, Map<String, Provenance> provenance) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(before, lines.size()); i++) {
            Line l = lines.get(i);
            Matcher m = DB_FIELD.matcher(l.text());
            List<int[]> keys = new ArrayList<>();
            while (m.find()) {
                keys.add(new int[] { m.start(), m.end() });
            }
            for (int k = 0; k < keys.size(); k++) {
                String key = Folding.fold(l.text().substring(keys.get(k)[0], keys.get(k)[1])).replaceAll("[\\s:]+$", "")
                        .strip();
                String value = l.text().substring(keys.get(k)[1], k + 1 < keys.size() ? keys.get(k + 1)[0] : l.text().length())
                        .strip().replaceAll("[;,]+$", "");
                if (value.isEmpty() && k == keys.size() - 1 && i + 1 < Math.min(before, lines.size())
                        && !DB_FIELD.matcher(lines.get(i + 1).text()).lookingAt()) {
                    value = lines.get(i + 1).text(); // a table flattened into text: the value on the next line
                }
                if (!value.isEmpty() && !value.equals("-") && !value.equalsIgnoreCase("đang cập nhật")) {
                    out.putIfAbsent(key, value);
                    provenance.putIfAbsent("db:" + key, new Provenance(source(l), 0.95));
                }
            }
        }
        provenance.keySet().removeIf(k -> k.startsWith("db:") && !k.equals("db:linh vuc"));
        if (provenance.containsKey("db:linh vuc")) {
            provenance.put("field", provenance.remove("db:linh vuc"));
        }
        return out;
    }

    String number(List<Line> header, Map<String, String> db, Map<String, Provenance> provenance) {
        for (Line l : header) {
            Matcher m = NUMBER_LINE.matcher(l.text());
            if (m.find()) {
                Matcher n = DOC_NUMBER.matcher(m.group(1));
                if (n.lookingAt()) {
                    String code = n.group(2).replaceAll("\\s+", "");
                    if (n.group(1).isEmpty()) {
                        warnings.add(new TextItem("The number is left blank (\"" + l.text() + "\"): the document is "
                                + "not numbered yet", source(l), 1));
                        return null;
                    }
                    provenance.put("number", new Provenance(source(l), 0.95));
                    return n.group(1) + code;
                }
            }
        }
        String fromDb = db.get("so hieu");
        if (fromDb != null) {
            provenance.put("number", new Provenance(null, 0.9));
        }
        return fromDb;
    }

    static String kind(List<Line> lines, int kindLine, String number, Map<String, String> db,
            Map<String, Provenance> provenance) {
        if (kindLine >= 0) {
            provenance.put("kind", new Provenance(source(lines.get(kindLine)), 0.95));
            return KINDS.get(Folding.fold(lines.get(kindLine).text()).strip());
        }
        String fromDb = db.get("loai van ban");
        if (fromDb != null && KINDS.containsKey(Folding.fold(fromDb).strip())) {
            provenance.put("kind", new Provenance(null, 0.9));
            return KINDS.get(Folding.fold(fromDb).strip());
        }
        if (number != null) {
            String code = Folding.fold(number);
            String kind = code.contains("/kh-") ? "PLAN" : code.contains("/qd-") ? "DECISION"
                    : code.contains("-ct/") || code.contains("/ct-") ? "DIRECTIVE" : code.contains("/nq-") ? "RESOLUTION" : null;
            if (kind != null) {
                provenance.put("kind", new Provenance(null, 0.7));
            }
            return kind;
        }
        return null;
    }

    LocalDate issuedOn(List<Line> header, Map<String, String> db, Map<String, Provenance> provenance) {
        for (Line l : header) {
            Matcher m = DATE_LINE.matcher(l.text());
            if (m.find()) {
                if (m.group(2) == null || m.group(3) == null) {
                    warnings.add(new TextItem("The date is left blank (\"" + l.text() + "\"): no issue date is "
                            + "proposed", source(l), 1));
                    return null;
                }
                LocalDate d = date(m.group(4), m.group(3), m.group(2));
                if (d != null) {
                    provenance.put("issuedOn", new Provenance(source(l), 0.95));
                }
                return d;
            }
        }
        String fromDb = db.get("ngay ban hanh");
        if (fromDb != null) {
            Matcher m = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})").matcher(fromDb);
            if (m.find()) {
                provenance.put("issuedOn", new Provenance(null, 0.9));
                return date(m.group(3), m.group(2), m.group(1));
            }
        }
        return null;
    }

    LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (DateTimeException e) {
            warnings.add(new TextItem("The date " + day + "/" + month + "/" + year + " does not exist", null, 1));
            return null;
        }
    }

    /** "ỦY BAN NHÂN DÂN" + "TỈNH THỪA THIÊN HUẾ" above the national motto; else the database block; else the preamble. */
    static String issuer(List<Line> header, List<Line> preamble, Map<String, String> db,
            Map<String, Provenance> provenance) {
        List<Line> used = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Line l : header) {
            String t = NATIONAL_HEADER.matcher(l.text()).replaceFirst("").strip();
            if (t.isEmpty() || !Folding.upperCase(t) || t.matches("^[-_=*\\s]+$") || NUMBER_LINE.matcher(t).find()) {
                if (!used.isEmpty() && !l.blank() && !t.matches("^[-_=*\\s]*$")) {
                    break;
                }
                continue;
            }
            // "UBND TỈNH BÌNH ĐỊNH" over "SỞ Y TẾ": a line opened by a body's head word names the next body down
            if (bodies.isEmpty() || BODY_HEAD.matcher(Folding.fold(t)).lookingAt()) {
                bodies.add(t);
            } else {
                bodies.set(bodies.size() - 1, bodies.get(bodies.size() - 1) + " " + t);
            }
            used.add(l);
        }
        if (!used.isEmpty()) {
            provenance.put("issuer", new Provenance(source(used), 0.9));
            // the issuer is the last body (Nghị định 30/2020/NĐ-CP); a department takes its governing body's unit
            String issuer = bodyName(bodies.get(bodies.size() - 1));
            if (bodies.size() > 1 && !UNIT.matcher(issuer).find()) {
                Matcher unit = UNIT.matcher(bodyName(bodies.get(bodies.size() - 2)));
                issuer = unit.find() ? issuer + " " + unit.group() : issuer;
            }
            return issuer;
        }
        String fromDb = db.containsKey("noi ban hanh") ? db.get("noi ban hanh") : db.get("co quan ban hanh");
        if (fromDb != null) {
            provenance.put("issuer", new Provenance(null, 0.9));
            return fromDb;
        }
        for (Line l : preamble) {
            Matcher m = PREAMBLE_ISSUER.matcher(l.text());
            if (m.find()) {
                provenance.put("issuer", new Provenance(source(l), 0.7));
                return "Ủy ban nhân dân " + m.group(1) + m.group(2).replaceAll("\\s+(Xây|Ban|Kế|Thực|Triển)$", "");
            }
        }
        return null;
    }

    /**
     * The years the plan covers, from its title: the last period the title names ("… Chương trình giai đoạn 2021 -
     * 2030 trên địa bàn tỉnh, giai đoạn 2025 - 2030" covers 2025–2030), a range or "năm 2024"; not a date's year
     * ("ngày 07 tháng 01 năm 2021") nor a horizon ("định hướng đến năm 2030").
     */
    /** "SỞ Y TẾ" is "Sở Y tế": a department's name starts with a capital after its head word. */
    private static String bodyName(String capitals) {
        String issuer = properNames(Folding.sentenceCase(capitals.replaceFirst("^UBND\\b", "ỦY BAN NHÂN DÂN")));
        Matcher head = Pattern.compile("^(Sở|Bộ|Ban|Cục) (\\p{Ll})").matcher(issuer);
        return head.find() ? head.group(1) + " " + head.group(2).toUpperCase(java.util.Locale.ROOT)
                + issuer.substring(head.end()) : issuer;
    }

    static PeriodDraft period(String title, List<Line> titleLines) {
        Matcher m = PERIOD.matcher(title);
        PeriodDraft last = null;
        while (m.find()) {
            if (m.group(1) != null) {
                last = new PeriodDraft(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), source(titleLines), 0.9);
            } else if (!HORIZON.matcher(title.substring(0, m.start())).find()) {
                Integer year = Integer.valueOf(m.group(3));
                last = new PeriodDraft(year, year, source(titleLines), 0.85);
            }
        }
        return last;
    }
}
