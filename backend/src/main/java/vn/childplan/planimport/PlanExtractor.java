package vn.childplan.planimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.childplan.planimport.Lines.Line;
import vn.childplan.planimport.PlanImportDtos.AssignmentDraft;
import vn.childplan.planimport.PlanImportDtos.DeadlineDraft;
import vn.childplan.planimport.PlanImportDtos.DocumentDraft;
import vn.childplan.planimport.PlanImportDtos.ImplementsDraft;
import vn.childplan.planimport.PlanImportDtos.ObjectiveDraft;
import vn.childplan.planimport.PlanImportDtos.PeriodDraft;
import vn.childplan.planimport.PlanImportDtos.PlanDraft;
import vn.childplan.planimport.PlanImportDtos.Provenance;
import vn.childplan.planimport.PlanImportDtos.ReferenceDraft;
import vn.childplan.planimport.PlanImportDtos.ReportingDraft;
import vn.childplan.planimport.PlanImportDtos.Signer;
import vn.childplan.planimport.PlanImportDtos.Source;
import vn.childplan.planimport.PlanImportDtos.TargetDraft;
import vn.childplan.planimport.PlanImportDtos.TaskDraft;
import vn.childplan.planimport.PlanImportDtos.TextItem;
import vn.childplan.planimport.Sections.Node;

/**
 * Reads a plan document's text into a draft by the conventions of Vietnamese administrative documents (Nghị định
 * 30/2020/NĐ-CP on their form): the legal-database block some copies start with, the official header (issuer,
 * "Số: …", "place, ngày … tháng … năm …"), the kind and title, the preamble ("Căn cứ …" cites, "Thực hiện …" and
 * "Triển khai …" implement), the numbered parts, whose headings say what they hold (Mục tiêu, Mục đích - Yêu cầu,
 * Nhiệm vụ / Giải pháp, Kinh phí, Tổ chức thực hiện, Chế độ báo cáo), then "Nơi nhận" and the signature. Nothing here
 * depends on a particular plan's wording; what the text does not say stays null or empty.
 * <p>
 * Entity-free: the catalogue (documents, indicators, agencies the caller may read) is asked through {@link Catalogue}.
 */
final class PlanExtractor {
    /** What the draft is linked to: records of ChildPlan the caller may read; null when none matches. */
    interface Catalogue {
        Long documentId(String number);

        Long indicatorId(String name);

        Long agencyId(String name);
    }

    private static final Pattern NATIONAL_HEADER = Pattern.compile("(?i)(CỘNG HÒA|CỘNG HOÀ|Độc lập\\s*-|ĐỘC LẬP\\s*-).*$");
    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:\\s*(.*)$");
    private static final Pattern DATE_LINE = Pattern.compile("^(?:([^,]{2,60}),\\s*)?ngày\\s+(\\d{1,2})?\\s*tháng\\s+(\\d{1,2})?"
            + "\\s*năm\\s+(\\d{4})");
    private static final Pattern DOC_NUMBER = Pattern.compile("(\\d*)\\s*((?:/\\d{4})?\\s*[/-]\\s*[\\p{L}\\d]+(?:\\s*[-/&]\\s*[\\p{L}\\d]+)*)");
    private static final Map<String, String> KINDS = new LinkedHashMap<>();
    private static final Pattern DB_FIELD = Pattern.compile("(?i)(Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|"
            + "Người ký|Ngày ban hành|Lĩnh vực|Ngày hiệu lực|Tình trạng|Ngày công báo|Số công báo)\\s*:?\\s*");
    private static final String CITE_KINDS = "Bộ luật|Luật|Nghị định|Nghị quyết|Quyết định|Chỉ thị|Thông tư liên tịch|"
            + "Thông tư|Kế hoạch|Công văn|Chương trình|Đề án|Kết luận|Hướng dẫn|Thông báo";
    /** "Quyết định số 1235/QĐ-TTg ngày 03/8/2015 của Thủ tướng Chính phủ", "Luật Trẻ em số 102/2016/QH13 ngày …". */
    private static final Pattern CITE = Pattern.compile("(" + CITE_KINDS + ")\\s+(?:(?:[\\p{L}-]+\\s+){0,6}?số\\s+)?"
            + "(\\d+(?:/\\d{4})?[/-][\\p{L}\\d]+(?:[-/][\\p{L}\\d]+)*)"
            + "(?:\\s*,?\\s*ngày\\s+(\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}))?"
            + "(?:\\s+của\\s+([^“”\"(;,.:]+))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISSUER_END = Pattern.compile("\\s+(về|ban hành|phê duyệt|quy định|hướng dẫn|"
            + "triển khai|thực hiện|tại|đã|như|giai đoạn|năm)(?![\\p{L}]).*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PREAMBLE_ISSUER = Pattern.compile("(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\\s+"
            + "(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)((?:\\s+\\p{Lu}[\\p{L}]*)+)", Pattern.UNICODE_CASE);
    private static final Pattern SIGN_TITLE = Pattern.compile("^(?:(?:TM|KT|Q|TL|TUQ)\\.\\s*)?(PHÓ CHỦ TỊCH|CHỦ TỊCH|"
            + "PHÓ GIÁM ĐỐC|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|"
            + "CHÁNH VĂN PHÒNG|BÍ THƯ|PHÓ BÍ THƯ)\\s*$");
    private static final Pattern SIGN_ON_BEHALF = Pattern.compile("^(TM|KT|Q|TL|TUQ)\\.\\s*\\p{Lu}");
    private static final Pattern PERSON = Pattern.compile("^(\\p{Lu}[\\p{Ll}]*)(\\s+\\p{Lu}[\\p{Ll}]*){1,5}$");
    /** Where a recurring event's name starts; it runs to punctuation, a figure or a word that ends it. */
    private static final Pattern RECURRING = Pattern.compile("(?<![\\p{L}])(Tháng hành động|Ngày (?:quốc tế|toàn dân|"
            + "gia đình|trẻ em|truyền thống|pháp luật|sách)|Tết (?:Trung thu|thiếu nhi|Nguyên đán)|Diễn đàn trẻ em|Tuần lễ)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAME_END = Pattern.compile("[,;.():…\"“”\\d]");
    private static final Pattern RECURRING_END = Pattern.compile("\\s+(từ ngày|vào|và|trong|với|nhằm|để|hằng năm|hàng năm|"
            + "năm|cho|tại|nói chung)(?![\\p{L}]).*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EXTERNAL = Pattern.compile("(?<![\\p{L}])(?<!hệ )(hệ cơ sở dữ liệu|cơ sở dữ liệu|"
            + "hệ thống thông tin|phần mềm|Tổng đài|Cổng dịch vụ công)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EXTERNAL_END = Pattern.compile("\\s+(liên thông|và|để|nhằm|phục vụ|trong|đảm bảo|bảo đảm|"
            + "theo|được|tại|đến|từ|cho|giữa)(?![\\p{L}]).*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern REPORT_TO = Pattern.compile("báo cáo\\s+(?:kết quả\\s+)?(?:về|với|cho|lên|gửi)\\s+"
            + "([^(,;.]+?)(?=\\s+(?:về|để|kết quả|tình hình|theo)(?![\\p{L}])|[(,;.]|$)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DEADLINE = Pattern.compile("trước ngày\\s+(\\d{1,2})\\s*(?:/|tháng)\\s*(\\d{1,2})");
    private static final String[][] PERIODS = { { "\\b(0?6|sau) thang\\b", "HALF_YEAR" },
        { "\\b(hang|moi|tung|bao cao) quy\\b(?!\\s*(dinh|che|trinh|mo|\\d))", "QUARTER" }, { "\\b(hang|moi) thang\\b", "MONTH" },
        { "\\b(0?1|mot) nam\\b|\\b(hang|moi) nam\\b|\\bca nam\\b|\\bcuoi nam\\b", "YEAR" } };
    /** Words that open a label under a task ("a) Nhiệm vụ, giải pháp:", "b) Phân công thực hiện:"), not a sub-task. */
    private static final List<String> LABELS = List.of("nhiem vu", "giai phap", "noi dung", "phan cong", "co quan",
            "don vi", "chu tri", "phoi hop", "thoi gian", "tien do", "kinh phi", "san pham", "pham vi");
    private static final List<String> ASSIGNING_LABELS = List.of("phan cong", "co quan", "don vi", "chu tri", "phoi hop");

    static {
        KINDS.put("ke hoach", "PLAN");
        KINDS.put("quyet dinh", "DECISION");
        KINDS.put("chi thi", "DIRECTIVE");
        KINDS.put("nghi quyet", "RESOLUTION");
        KINDS.put("chuong trinh", "PROGRAMME");
        KINDS.put("cong van", "LETTER");
    }

    private final Catalogue catalogue;
    private final List<TextItem> warnings = new ArrayList<>();

    private PlanExtractor(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    static PlanDraft extract(String text, Catalogue catalogue) {
        return new PlanExtractor(catalogue).run(Lines.of(text));
    }

    private PlanDraft run(List<Line> lines) {
        int bodyStart = firstPart(lines);
        int end = bodyEnd(lines, bodyStart);
        int kindLine = kindLine(lines, bodyStart);
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        Map<String, String> db = databaseFields(lines, kindLine < 0 ? Math.min(bodyStart, 40) : kindLine, provenance);

        // the title: the lines after the kind that are capitals or bold, or one line before the preamble
        List<Line> titleLines = titleLines(lines, kindLine, bodyStart);
        String title = titleLines.isEmpty() ? null : titleText(titleLines);
        int preambleFrom = titleLines.isEmpty() ? kindLine + 1 : indexOf(lines, titleLines.get(titleLines.size() - 1)) + 1;
        // without a kind line the header and the preamble cannot be told apart by position: both are read from the top
        List<Line> header = lines.subList(0, kindLine < 0 ? Math.min(bodyStart, lines.size()) : kindLine);
        List<Line> preamble = lines.subList(Math.max(0, preambleFrom), Math.max(Math.max(0, preambleFrom), bodyStart));

        String number = number(header, db, provenance);
        String kind = kind(lines, kindLine, number, db, provenance);
        LocalDate issuedOn = issuedOn(header, db, provenance);
        String issuer = issuer(header, preamble, db, provenance);
        Signer signer = signer(lines, end, db, provenance);
        String field = db.get("linh vuc");
        PeriodDraft period = title == null ? null : period(title, titleLines);
        if (title != null) {
            provenance.put("title", new Provenance(source(titleLines), 0.9));
        }
        if (period != null) {
            provenance.put("period", new Provenance(period.source(), period.confidence()));
        }
        Integer singleYear = period != null && period.from() != null && period.from().equals(period.to()) ? period.to() : null;

        List<ImplementsDraft> implementsDocs = new ArrayList<>();
        List<ReferenceDraft> references = new ArrayList<>();
        cites(titleLines, preamble, implementsDocs, references);

        Sections.Body body = Sections.parse(lines.subList(Math.min(bodyStart, end), end));
        warnings.addAll(body.warnings());
        if (body.root().children.isEmpty()) {
            warnings.add(new TextItem("No numbered parts (I., II. … or 1., 2. …) were found; no objectives, tasks or "
                    + "assignments are proposed", lines.isEmpty() ? null : Source.of(1, lines.size()), 1));
        }
        Parts parts = new Parts(singleYear);
        for (Node part : partsOf(body.root())) {
            parts.read(part);
        }
        if (parts.reportingSentences.isEmpty()) {
            // no part on reporting or on organising the work: the regime may be stated anywhere in the body
            parts.collectReporting(body.root());
        }
        List<TargetDraft> allTargets = new ArrayList<>();
        parts.objectives.forEach(o -> allTargets.addAll(o.targets()));
        ReportingDraft reporting = parts.reporting(); // it marks the consolidating agency's assignments
        List<AssignmentDraft> assignments = parts.assignments.list();
        leadWarnings(assignments);

        Source docSource = lines.isEmpty() ? null : Source.of(1, Math.max(1, header.isEmpty() ? 1 : header.get(header.size() - 1).no()));
        DocumentDraft document = new DocumentDraft(number, kind, title, issuedOn, issuer, signer, field, period, docSource,
                provenance.values().stream().mapToDouble(Provenance::confidence).average().orElse(0), provenance);
        return new PlanDraft(document, implementsDocs, references, parts.purposes, parts.requirements, parts.objectives,
                allTargets, parts.tasks, assignments, parts.funding, reporting, recurring(lines, end),
                external(lines, end), warnings);
    }

    // -- the document's layout ------------------------------------------------------------------------------------

    private static int firstPart(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (Sections.isRomanHeading(lines.get(i).text())) {
                return i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (Sections.isNumbered(lines.get(i).text())) {
                return i;
            }
        }
        return lines.size();
    }

    /** The body ends at "Nơi nhận", at the signature, or after the line that closes it with "./.". */
    private static int bodyEnd(List<Line> lines, int from) {
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

    private static int kindLine(List<Line> lines, int before) {
        for (int i = 0; i < Math.min(before, lines.size()); i++) {
            Line l = lines.get(i);
            if (Folding.upperCase(l.text()) && KINDS.containsKey(Folding.fold(l.text()).strip())) {
                return i;
            }
        }
        return -1;
    }

    private static List<Line> titleLines(List<Line> lines, int kindLine, int bodyStart) {
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

    private static String titleText(List<Line> title) {
        String t = String.join(" ", title.stream().map(Line::text).toList()).strip();
        if (Folding.upperCase(t)) {
            t = properNames(Folding.sentenceCase(t));
        }
        return t.replaceAll("[.;:]+$", "");
    }

    /** Capitalises the words of a place name after its unit word in a text that was all capitals. */
    private static String properNames(String s) {
        Matcher m = Pattern.compile("\\b(tỉnh|thành phố|huyện|quận|thị xã|phường|thị trấn)\\s+((?:(?!năm|giai|đến|về|"
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

    private static int indexOf(List<Line> lines, Line line) {
        return line.no() - lines.get(0).no();
    }

    private static Source source(List<Line> lines) {
        return Source.of(lines.get(0).no(), lines.get(lines.size() - 1).no());
    }

    private static Source source(Line line) {
        return Source.of(line.no(), line.last());
    }

    /** "Số hiệu: 26/KH-UBND", "Người ký: …": the block legal databases put before the text; keys folded. */
    private static Map<String, String> databaseFields(List<Line> lines, int before, Map<String, Provenance> provenance) {
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

    private String number(List<Line> header, Map<String, String> db, Map<String, Provenance> provenance) {
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

    private static String kind(List<Line> lines, int kindLine, String number, Map<String, String> db,
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

    private LocalDate issuedOn(List<Line> header, Map<String, String> db, Map<String, Provenance> provenance) {
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

    private LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (DateTimeException e) {
            warnings.add(new TextItem("The date " + day + "/" + month + "/" + year + " does not exist", null, 1));
            return null;
        }
    }

    /** "ỦY BAN NHÂN DÂN" + "TỈNH THỪA THIÊN HUẾ" above the national motto; else the database block; else the preamble. */
    private static String issuer(List<Line> header, List<Line> preamble, Map<String, String> db,
            Map<String, Provenance> provenance) {
        List<Line> used = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (Line l : header) {
            String t = NATIONAL_HEADER.matcher(l.text()).replaceFirst("").strip();
            if (t.isEmpty() || !Folding.upperCase(t) || t.matches("^[-_=*\\s]+$") || NUMBER_LINE.matcher(t).find()) {
                if (!used.isEmpty() && !l.blank() && !t.matches("^[-_=*\\s]*$")) {
                    break;
                }
                continue;
            }
            name.append(' ').append(t);
            used.add(l);
        }
        if (!used.isEmpty()) {
            provenance.put("issuer", new Provenance(source(used), 0.9));
            String s = name.toString().strip().replaceFirst("^UBND\\b", "ỦY BAN NHÂN DÂN");
            // "SỞ Y TẾ" is "Sở Y tế": a department's name starts with a capital after its head word
            String issuer = properNames(Folding.sentenceCase(s));
            Matcher head = Pattern.compile("^(Sở|Bộ|Ban|Cục) (\\p{Ll})").matcher(issuer);
            return head.find() ? head.group(1) + " " + head.group(2).toUpperCase(java.util.Locale.ROOT)
                    + issuer.substring(head.end()) : issuer;
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

    /** The signature block: the last title line ("PHÓ CHỦ TỊCH" under "KT. CHỦ TỊCH") and the name below it. */
    private static Signer signer(List<Line> lines, int bodyEnd, Map<String, String> db, Map<String, Provenance> provenance) {
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

    private static PeriodDraft period(String title, List<Line> titleLines) {
        Matcher range = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})").matcher(title);
        if (range.find()) {
            return new PeriodDraft(Integer.valueOf(range.group(1)), Integer.valueOf(range.group(2)), source(titleLines), 0.9);
        }
        Matcher year = Pattern.compile("(?i)năm\\s+(\\d{4})(?!\\s*[-–/])").matcher(title);
        Integer found = null;
        while (year.find()) {
            found = found == null ? Integer.valueOf(year.group(1)) : found;
        }
        return found == null ? null : new PeriodDraft(found, found, source(titleLines), 0.85);
    }

    // -- what the preamble cites and implements -----------------------------------------------------------------

    private void cites(List<Line> title, List<Line> preamble, List<ImplementsDraft> implementsDocs,
            List<ReferenceDraft> references) {
        List<Line> all = new ArrayList<>(title);
        all.addAll(preamble);
        for (Line l : all) {
            boolean implementing = false;
            boolean citing = false;
            for (String part : l.text().split(";")) {
                String f = Folding.fold(part).strip();
                if (f.startsWith("can cu")) {
                    citing = true;
                    implementing = false;
                } else if (f.startsWith("thuc hien") || f.startsWith("trien khai") || f.startsWith("de thuc hien")) {
                    implementing = true;
                    citing = false;
                }
                if (!implementing && !citing) {
                    continue;
                }
                Matcher m = CITE.matcher(part);
                if (!m.find()) {
                    continue;
                }
                String number = m.group(2).replaceAll("[.,]+$", "");
                String kind = KINDS.get(Folding.fold(m.group(1)));
                LocalDate date = m.group(3) == null ? null : citeDate(m.group(3));
                String issuer = m.group(4) == null ? null : ISSUER_END.matcher(m.group(4).strip()).replaceFirst("").strip();
                Long id = catalogue.documentId(number);
                if (implementing) {
                    if (implementsDocs.stream().noneMatch(d -> sameNumber(d.number(), number))) {
                        implementsDocs.add(new ImplementsDraft(number, kind, date, issuer, id, source(l), 0.9));
                    }
                } else if (references.stream().noneMatch(d -> sameNumber(d.number(), number))) {
                    references.add(new ReferenceDraft(number, kind, date, issuer, id, source(l), 0.9));
                }
            }
        }
    }

    private static boolean sameNumber(String a, String b) {
        return Folding.fold(a).equals(Folding.fold(b));
    }

    private LocalDate citeDate(String text) {
        Matcher m = Pattern.compile("(\\d{1,2})\\D+(\\d{1,2})\\D+(\\d{4})").matcher(text);
        return m.find() ? date(m.group(3), m.group(2), m.group(1)) : null;
    }

    // -- the numbered parts --------------------------------------------------------------------------------------

    /**
     * The parts: the Roman-numbered items; without them, Arabic-numbered items whose headings name parts ("1. Mục
     * đích, yêu cầu", "2. Nhiệm vụ"); else the whole body is one list of tasks.
     */
    private static List<Node> partsOf(Node root) {
        if (root.children.stream().anyMatch(c -> c.level == 1)) {
            return root.children.stream().filter(c -> c.level == 1).toList();
        }
        long named = root.children.stream().map(c -> partKind(c.heading)).filter(k -> k != PartKind.OTHER).count();
        boolean notOnlyTasks = root.children.stream().map(c -> partKind(c.heading))
                .anyMatch(k -> k != PartKind.OTHER && k != PartKind.TASKS);
        return named >= 2 && notOnlyTasks ? root.children : List.of(root);
    }

    private enum PartKind { OBJECTIVES, PURPOSES, REQUIREMENTS, PURPOSES_REQUIREMENTS, TASKS, ORGANISATION, FUNDING, REPORTING, OTHER }

    private static PartKind partKind(String heading) {
        String f = Folding.fold(heading);
        if (f.contains("to chuc thuc hien")) {
            return PartKind.ORGANISATION;
        }
        if (f.contains("nhiem vu") || f.contains("giai phap") || f.contains("hoat dong") || f.contains("phan cong")) {
            return PartKind.TASKS;
        }
        if (f.contains("muc tieu") || f.contains("chi tieu")) {
            return PartKind.OBJECTIVES;
        }
        if (f.contains("muc dich") && f.contains("yeu cau")) {
            return PartKind.PURPOSES_REQUIREMENTS;
        }
        if (f.contains("muc dich")) {
            return PartKind.PURPOSES;
        }
        if (f.contains("yeu cau")) {
            return PartKind.REQUIREMENTS;
        }
        if (f.contains("kinh phi")) {
            return PartKind.FUNDING;
        }
        if (f.contains("bao cao")) {
            return PartKind.REPORTING;
        }
        return PartKind.OTHER;
    }

    /** Reads the parts into the draft's lists. */
    private final class Parts {
        final Integer singleYear;
        final List<TextItem> purposes = new ArrayList<>();
        final List<TextItem> requirements = new ArrayList<>();
        final List<ObjectiveDraft> objectives = new ArrayList<>();
        final List<TaskDraft> tasks = new ArrayList<>();
        final List<TextItem> funding = new ArrayList<>();
        final AssignmentList assignments = new AssignmentList();
        final List<String[]> reportingSentences = new ArrayList<>(); // {sentence, source line}

        Parts(Integer singleYear) {
            this.singleYear = singleYear;
        }

        void read(Node part) {
            PartKind kind = part.label == null ? PartKind.TASKS : partKind(part.heading);
            switch (kind) {
                case OBJECTIVES -> objectives(part);
                case PURPOSES -> paragraphs(part, purposes);
                case REQUIREMENTS -> paragraphs(part, requirements);
                case PURPOSES_REQUIREMENTS -> purposesAndRequirements(part);
                case TASKS -> {
                    if (part.label == null) {
                        part.children.forEach(c -> tasks.add(task(c, c.number(), false)));
                    } else {
                        tasks.add(task(part, part.number(), false));
                    }
                }
                case ORGANISATION -> {
                    tasks.add(task(part, part.number(), true));
                    collectReporting(part);
                }
                case FUNDING -> paragraphs(part, funding);
                case REPORTING -> collectReporting(part);
                case OTHER -> { }
            }
        }

        private void paragraphs(Node node, List<TextItem> into) {
            for (Line l : node.content) {
                into.add(new TextItem(bulletless(l.text()), source(l), 0.85));
            }
            for (Node c : node.children) {
                String heading = c.heading;
                if (c.content.isEmpty() && c.children.isEmpty()) {
                    into.add(new TextItem(bulletless(heading), c.source(), 0.8));
                } else {
                    paragraphs(c, into);
                }
            }
        }

        private void purposesAndRequirements(Node part) {
            for (Node c : part.children) {
                String f = Folding.fold(c.heading);
                if (f.startsWith("muc dich")) {
                    paragraphs(c, purposes);
                } else if (f.startsWith("yeu cau")) {
                    paragraphs(c, requirements);
                }
            }
        }

        private void objectives(Node part) {
            Integer partYear = yearOf(part.heading);
            if (part.children.isEmpty()) {
                objectiveLines(part.content, null, partYear);
                return;
            }
            objectiveLines(part.content, null, partYear);
            for (Node c : part.children) {
                String f = Folding.fold(c.heading);
                String kind = f.contains("chung") || f.contains("tong quat") || f.contains("tong the") ? "GENERAL"
                        : f.contains("cu the") ? "SPECIFIC" : null;
                Integer year = yearOf(c.heading) != null ? yearOf(c.heading) : partYear;
                if (kind == null) {
                    // an item that is itself an objective ("1. Giảm tỷ lệ … xuống dưới 10%")
                    objectiveLines(List.of(new Line(c.line.no(), c.heading)), null, year);
                    objectiveLines(c.content, null, year);
                } else {
                    objectiveLines(c.content, kind, year);
                }
                for (Node g : c.children) {
                    objectiveLines(List.of(new Line(g.line.no(), g.heading)), kind, year);
                    objectiveLines(g.content, kind, year);
                }
            }
        }

        private void objectiveLines(List<Line> lines, String kind, Integer year) {
            Integer context = year;
            for (Line l : lines) {
                String text = bulletless(l.text());
                if (text.endsWith(":") && !Targets.hasFigure(text)) {
                    // "Đến năm 2025:" opens the items that follow
                    context = yearOf(text) != null ? yearOf(text) : context;
                    continue;
                }
                List<TargetDraft> targets = new ArrayList<>();
                Integer defaultYear = context != null ? context : singleYear;
                for (Targets.Found f : Targets.in(text, defaultYear)) {
                    Long indicatorId = f.indicator() == null ? null : catalogue.indicatorId(f.indicator());
                    targets.add(new TargetDraft(f.text(), f.indicator(), indicatorId, f.comparator(), f.value(),
                            f.unit(), f.year(), f.breakdown(), source(l), f.confidence()));
                }
                String k = kind != null ? kind : targets.isEmpty() ? "GENERAL" : "SPECIFIC";
                objectives.add(new ObjectiveDraft(k, text, targets, source(l), kind != null ? 0.9 : 0.7));
            }
        }

        private Integer yearOf(String text) {
            Matcher m = Pattern.compile("(?:đến|tới|vào|trong)\\s+năm\\s+(\\d{4})").matcher(text);
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }

        // -- tasks and assignments --

        private TaskDraft task(Node node, String number, boolean organisation) {
            String title = title(node);
            String scope = null;
            List<TaskDraft> children = new ArrayList<>();
            List<Line> own = new ArrayList<>();
            own.add(new Line(node.line.no(), node.heading));
            own.addAll(node.content);
            for (Line l : own) {
                String f = Folding.fold(bulletless(l.text()));
                if (scope == null && (f.startsWith("tren pham vi") || f.startsWith("pham vi:") || f.startsWith("pham vi thuc hien"))) {
                    scope = bulletless(l.text()).replaceFirst("(?i)^phạm vi( thực hiện)?\\s*:\\s*", "").replaceAll("[.;]+$", "");
                }
                assignments.read(l.text(), source(l), number, null);
            }
            for (Node c : node.children) {
                String f = Folding.fold(c.heading);
                String labelWord = LABELS.stream().filter(f::startsWith).findFirst().orElse(null);
                boolean label = labelWord != null && (c.heading.contains(":")
                        || (List.of("nhiem vu", "giai phap", "phan cong").contains(labelWord) && c.heading.split("\\s+").length <= 5));
                if (organisation && agencyParagraph(c) != null) {
                    agencyDuties(c, number);
                } else if (label) {
                    String defaultRole = ASSIGNING_LABELS.contains(labelWord) ? roleOfLabel(f) : null;
                    String inline = c.heading.contains(":") ? c.heading.substring(c.heading.indexOf(':') + 1) : "";
                    if (!inline.isBlank()) {
                        assignments.read(inline, source(c.line), number, defaultRole);
                    }
                    for (Line l : c.content) {
                        assignments.read(l.text(), source(l), number, defaultRole);
                    }
                    for (Node g : c.children) {
                        children.add(task(g, number + "." + g.label, false));
                    }
                    if (labelWord.equals("pham vi") && scope == null && !inline.isBlank()) {
                        scope = inline.strip().replaceAll("[.;]+$", "");
                    }
                } else {
                    children.add(task(c, number + "." + c.label, false));
                }
            }
            return new TaskDraft(number, title, scope, children, node.source(), node.level == 1 ? 0.9 : 0.85);
        }

        private String title(Node node) {
            String heading = node.heading.isEmpty() && !node.content.isEmpty() ? node.content.get(0).text() : node.heading;
            if (Folding.upperCase(heading)) {
                return properNames(Folding.sentenceCase(heading)).replaceAll("[.:;]+$", "");
            }
            String t = heading;
            int cut = firstClauseEnd(t);
            if (cut > 0) {
                t = t.substring(0, cut);
            }
            return t.replaceAll("[.:;,\\s]+$", "").strip();
        }

        private int firstClauseEnd(String t) {
            Matcher m = Pattern.compile("(?<=[\\p{Ll}\\d)”\"])[.;:](?=\\s+\\p{Lu})|;").matcher(t);
            return m.find() ? m.start() : -1;
        }

        private String roleOfLabel(String foldedLabel) {
            if (foldedLabel.contains("chu tri")) {
                return "LEAD";
            }
            return "COORDINATE";
        }

        /** The agency a paragraph of "Tổ chức thực hiện" is about ("2. Sở Tài chính: Bố trí …"), or null. */
        private String agencyParagraph(Node c) {
            String head = c.heading.contains(":") ? c.heading.substring(0, c.heading.indexOf(':')) : c.heading;
            head = head.strip().replaceAll("[.;]+$", "");
            if (head.split("\\s+").length > 16) {
                return null;
            }
            List<Agencies.Mention> found = Agencies.find(head);
            return !found.isEmpty() && found.get(0).start() == 0 && found.get(0).end() >= head.length() - 1
                    ? found.get(0).name() : null;
        }

        /** An agency's paragraph of "Tổ chức thực hiện": its role in the part, and the agencies it works with. */
        private void agencyDuties(Node c, String number) {
            String agency = agencyParagraph(c);
            String text = c.fullText();
            String rest = Folding.fold(text.substring(Math.min(text.length(), agency.length())));
            String role = Folding.fold(text).startsWith("de nghi") ? "REQUESTED" : rest.contains("chu tri") ? "LEAD" : "COORDINATE";
            boolean consolidates = rest.matches("(?s).*\\b(tong hop|tiep nhan)\\b.*") && rest.contains("bao cao");
            assignments.add(agency, role, number, consolidates, c.source(), 0.85);
            List<Line> lines = new ArrayList<>(List.of(new Line(c.line.no(), c.heading.substring(
                    Math.min(c.heading.length(), agency.length())))));
            lines.addAll(c.content);
            collect(c.children, lines);
            for (Line l : lines) {
                assignments.readPartners(l.text(), source(l), number);
            }
        }

        private void collect(List<Node> nodes, List<Line> into) {
            for (Node n : nodes) {
                into.add(new Line(n.line.no(), n.heading));
                into.addAll(n.content);
                collect(n.children, into);
            }
        }

        // -- reporting --

        void collectReporting(Node node) {
            List<Line> lines = new ArrayList<>();
            if (node.line != null) {
                lines.add(new Line(node.line.no(), node.heading));
            }
            lines.addAll(node.content);
            collect(node.children, lines);
            for (Line l : lines) {
                for (String sentence : l.text().split("(?<=[.;])\\s+(?=\\p{Lu})")) {
                    if (Folding.fold(sentence).contains("bao cao")) {
                        reportingSentences.add(new String[] { sentence, String.valueOf(l.no()) });
                    }
                }
            }
        }

        ReportingDraft reporting() {
            List<String> periods = new ArrayList<>();
            List<DeadlineDraft> deadlines = new ArrayList<>();
            String to = null;
            String via = null;
            Source src = null;
            for (String[] s : reportingSentences) {
                String sentence = s[0];
                int line = Integer.parseInt(s[1]);
                String folded = Folding.fold(sentence);
                String last = null;
                int lastAt = -1;
                List<int[]> found = new ArrayList<>();
                List<String> types = new ArrayList<>();
                for (String[] p : PERIODS) {
                    Matcher m = Pattern.compile(p[0]).matcher(folded);
                    while (m.find()) {
                        if (!followsYear(folded, m.end())) {
                            found.add(new int[] { m.start() });
                            types.add(p[1]);
                        }
                    }
                }
                Matcher d = DEADLINE.matcher(sentence);
                boolean any = !found.isEmpty();
                for (int i = 0; i < found.size(); i++) {
                    if (!periods.contains(types.get(i))) {
                        periods.add(types.get(i));
                    }
                }
                while (d.find()) {
                    for (int i = 0; i < found.size(); i++) {
                        if (found.get(i)[0] < d.start() && found.get(i)[0] > lastAt) {
                            lastAt = found.get(i)[0];
                            last = types.get(i);
                        }
                    }
                    int day = Integer.parseInt(d.group(1));
                    int month = Integer.parseInt(d.group(2));
                    if (last != null && day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                        deadlines.add(new DeadlineDraft(last, day, month, Source.of(line, line), 0.85));
                        any = true;
                    }
                }
                Matcher t = REPORT_TO.matcher(sentence);
                if (to == null && t.find() && Character.isUpperCase(t.group(1).strip().codePointAt(0))) {
                    to = t.group(1).strip(); // a body or a person ("Chủ tịch UBND tỉnh"), not "về tình hình …"
                    any = true;
                }
                Matcher q = Pattern.compile("\\(\\s*qua\\s+").matcher(sentence);
                if (via == null && q.find()) {
                    List<Agencies.Mention> m = Agencies.find(sentence.substring(q.end()));
                    if (!m.isEmpty() && m.get(0).start() == 0) {
                        via = m.get(0).name();
                        any = true;
                    }
                }
                if (via == null && folded.matches(".*\\b(tong hop|tiep nhan)\\b.*")) {
                    via = assignments.consolidatorIn(sentence);
                    any |= via != null;
                }
                if (any) {
                    src = src == null ? Source.of(line, line) : src.join(Source.of(line, line));
                }
            }
            if (src == null) {
                return new ReportingDraft(List.of(), List.of(), null, null, null, 0);
            }
            return new ReportingDraft(periods, deadlines, to, via, src, 0.8);
        }

        private boolean followsYear(String folded, int end) {
            return folded.substring(end).matches("^\\s*\\d{4}.*");
        }
    }

    /** Assignments, one per agency and task: the strongest role wins (LEAD, then REQUESTED, then COORDINATE). */
    private final class AssignmentList {
        private final Map<String, AssignmentDraft> byKey = new LinkedHashMap<>();

        void add(String agency, String role, String task, boolean consolidates, Source source, double confidence) {
            String name = agency.strip();
            String key = Agencies.key(name) + "|" + task;
            AssignmentDraft old = byKey.get(key);
            if (old == null) {
                byKey.put(key, new AssignmentDraft(name, catalogue.agencyId(name), role, task, consolidates, source,
                        confidence));
                return;
            }
            String stronger = rank(role) > rank(old.role()) ? role : old.role();
            byKey.put(key, new AssignmentDraft(old.agency(), old.agencyId(), stronger, task,
                    old.consolidates() || consolidates, old.source().join(source), Math.max(old.confidence(), confidence)));
        }

        private int rank(String role) {
            return switch (role) {
                case "LEAD" -> 3;
                case "REQUESTED" -> 2;
                default -> 1;
            };
        }

        /**
         * The assignments a line states: agencies after "Đề nghị" (REQUESTED), "phối hợp với" (COORDINATE), "chủ
         * trì:"/"Giao … chủ trì"/"X chủ trì" (LEAD), "qua X tổng hợp" (LEAD, consolidating). Under a "Phân công
         * thực hiện" label, an agency named without a verb takes {@code defaultRole}; elsewhere it is no assignment.
         */
        void read(String text, Source source, String task, String defaultRole) {
            for (String sentence : text.split("(?<=[.])\\s+(?=\\p{Lu})")) {
                Said said = new Said(sentence);
                long specific = said.mentions.stream().filter(m -> !m.collective()).count();
                for (Agencies.Mention m : said.mentions) {
                    String role = said.role(m);
                    boolean consolidates = false;
                    if (role == null && said.followedBy(m, "tong hop") && said.precededBy(m, "qua")) {
                        role = "LEAD";
                        consolidates = true;
                    }
                    if (role == null && defaultRole != null) {
                        role = said.mentions.size() == 1 && specific == 1 ? "LEAD" : defaultRole;
                    }
                    if (role == null || (role.equals("COORDINATE") && defaultRole == null && m.collective())) {
                        continue;
                    }
                    String after = said.folded.substring(m.end());
                    if (role.equals("LEAD") && after.matches(".*\\b(tong hop|tiep nhan)\\b.*") && after.contains("bao cao")) {
                        consolidates = true;
                    }
                    add(m.name(), role, task, consolidates, source, defaultRole != null ? 0.85 : 0.8);
                }
            }
        }

        /** In an agency's own paragraph, the agencies it works with ("phối hợp với Sở Tài chính"). */
        void readPartners(String text, Source source, String task) {
            Said said = new Said(text);
            for (Agencies.Mention m : said.mentions) {
                if (!m.collective() && !said.followedBy(m, "phoi hop") && "COORDINATE".equals(said.role(m))) {
                    add(m.name(), "COORDINATE", task, false, source, 0.7);
                }
            }
        }

        /** The agency of a sentence that gathers the reports (tổng hợp, tiếp nhận … báo cáo): its subject that leads. */
        String consolidatorIn(String sentence) {
            Said said = new Said(sentence);
            for (Agencies.Mention m : said.mentions) {
                if (!m.collective() && ("LEAD".equals(said.role(m)) || said.precededBy(m, "qua"))) {
                    mark(m.name());
                    return m.name();
                }
            }
            return null;
        }

        /** Marks an agency's assignments as consolidating once the reporting part names it so. */
        private void mark(String agency) {
            String key = Agencies.key(agency);
            byKey.replaceAll((k, a) -> k.startsWith(key + "|") || Agencies.match(agency, a.agency(), null) >= 0.9
                    ? new AssignmentDraft(a.agency(), a.agencyId(), a.role(), a.taskNumber(), true, a.source(), a.confidence())
                    : a);
        }

        List<AssignmentDraft> list() {
            return new ArrayList<>(byKey.values());
        }
    }

    /**
     * One sentence with the agencies it names, read for the verb that gives each its role. A verb reaches the list of
     * agencies right after it ("Đề nghị A, B và C tham gia"), not an agency named later in the sentence.
     */
    private static final class Said {
        private static final Pattern LIST_FILLER = Pattern.compile("(\\s*[#,;:]\\s*|\\s+(va|cac|cung|voi)\\b|\\s+)+$");
        final List<Agencies.Mention> mentions;
        final String folded;
        private final String lower;
        private final String masked;

        Said(String sentence) {
            this.mentions = Agencies.find(sentence);
            this.folded = Folding.fold(sentence);
            this.lower = sentence.toLowerCase(java.util.Locale.ROOT);
            char[] m = folded.toCharArray();
            for (Agencies.Mention x : mentions) {
                java.util.Arrays.fill(m, x.start(), x.end(), '#');
            }
            this.masked = new String(m);
        }

        /**
         * LEAD for "X chủ trì", "Chủ trì: X", "Giao X …"; REQUESTED for "Đề nghị X"; COORDINATE for "X phối hợp",
         * "phối hợp với X"; null when no verb speaks of X.
         */
        String role(Agencies.Mention m) {
            if (followedBy(m, "chu tri")) {
                return "LEAD";
            }
            String before = LIST_FILLER.matcher(" " + masked.substring(0, m.start())).replaceFirst("");
            if (before.endsWith("de nghi")) {
                return "REQUESTED";
            }
            if (followedBy(m, "phoi hop")) {
                return "COORDINATE";
            }
            if (before.endsWith("phoi hop") || before.endsWith("co quan phoi hop") || before.endsWith("don vi phoi hop")) {
                return "COORDINATE";
            }
            String lowerBefore = lower.substring(0, m.start()).stripTrailing();
            if (before.endsWith("chu tri") || lowerBefore.endsWith("giao")) {
                return "LEAD";
            }
            return null;
        }

        boolean followedBy(Agencies.Mention m, String word) {
            return folded.substring(m.end()).replaceFirst("^[\\s,]+", "").startsWith(word);
        }

        boolean precededBy(Agencies.Mention m, String word) {
            return lower.substring(0, m.start()).stripTrailing().endsWith(word);
        }
    }

    private void leadWarnings(List<AssignmentDraft> assignments) {
        Map<String, List<AssignmentDraft>> leads = new LinkedHashMap<>();
        assignments.stream().filter(a -> a.role().equals("LEAD"))
                .forEach(a -> leads.computeIfAbsent(a.taskNumber(), k -> new ArrayList<>()).add(a));
        leads.forEach((task, list) -> {
            if (list.size() > 1) {
                Source where = list.stream().map(AssignmentDraft::source).reduce(Source::join).orElse(null);
                warnings.add(new TextItem("Task " + task + " has " + list.size() + " lead agencies (" + String.join("; ",
                        list.stream().map(AssignmentDraft::agency).toList()) + "); a task keeps one LEAD when it is saved",
                        where, 1));
            }
        });
    }

    // -- named things anywhere in the body ----------------------------------------------------------------------

    private static List<TextItem> recurring(List<Line> lines, int end) {
        return named(lines, end, RECURRING, RECURRING_END);
    }

    private static List<TextItem> external(List<Line> lines, int end) {
        return named(lines, end, EXTERNAL, EXTERNAL_END);
    }

    private static List<TextItem> named(List<Line> lines, int end, Pattern pattern, Pattern tail) {
        Map<String, TextItem> out = new LinkedHashMap<>();
        for (Line l : lines.subList(0, end)) {
            String t = l.text();
            Matcher m = pattern.matcher(t);
            List<Integer> starts = new ArrayList<>();
            while (m.find()) {
                starts.add(m.start());
            }
            for (int i = 0; i < starts.size(); i++) {
                int stop = i + 1 < starts.size() ? starts.get(i + 1) : t.length();
                Matcher p = NAME_END.matcher(t).region(starts.get(i), stop);
                String name = t.substring(starts.get(i), p.find() ? p.start() : stop);
                name = tail.matcher(name.strip()).replaceFirst("").replaceAll("[\\s.…,;:\\-–]+$", "").strip();
                int words = name.split("\\s+").length;
                if (words >= 2 && words <= 12) {
                    out.putIfAbsent(Folding.fold(name), new TextItem(name, source(l), 0.8));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static String bulletless(String text) {
        return text.replaceFirst("^[-–—•+*]\\s*", "").strip();
    }

}
