package vn.childplan.planimport;

import static vn.childplan.planimport.Lines.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.childplan.planimport.Lines.Line;
import vn.childplan.planimport.PlanImportDtos.ImplementsDraft;
import vn.childplan.planimport.PlanImportDtos.ReferenceDraft;

/** What the title and the preamble cite ("Căn cứ …") and implement ("Thực hiện …", "Triển khai …"). */
final class Citations {
    private static final String CITE_KINDS = "Bộ luật|Luật|Nghị định|Nghị quyết|Quyết định|Chỉ thị|Thông tư liên tịch|"
            + "Thông tư|Kế hoạch|Công văn|Chương trình|Đề án|Kết luận|Hướng dẫn|Thông báo";
    /** "Quyết định số 1235/QĐ-TTg ngày 03/8/2015 của Thủ tướng Chính phủ", "Luật Trẻ em số 102/2016/QH13 ngày …". */
    private static final Pattern CITE = Pattern.compile("(" + CITE_KINDS + ")\\s+(?:(?:[\\p{L}-]+\\s+){0,6}?số\\s+)?"
            + "(\\d+(?:/\\d{4})?[/-][\\p{L}\\d]+(?:[-/][\\p{L}\\d]+)*)"
            + "(?:\\s*,?\\s*ngày\\s+(\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}))?"
            + "(?:\\s+của\\s+([^“”\"(;,.:]+))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISSUER_END = Pattern.compile("\\s+(về|ban hành|phê duyệt|quy định|hướng dẫn|"
            + "triển khai|thực hiện|tại|đã|như|giai đoạn|năm)(?![\\p{L}]).*$", Pattern.UNICODE_CHARACTER_CLASS);

    /** What a title says the plan carries out, and what a cited document issues or approves. */
    private static final Pattern CARRIES_OUT = Pattern.compile("\\b(thuc hien|trien khai)\\s+");
    private static final Pattern ISSUES = Pattern.compile("\\b(ban hanh|phe duyet)\\s+(kem theo\\s+)?");
    private final PlanExtractor.Catalogue catalogue;
    private final Header header;

    Citations(PlanExtractor.Catalogue catalogue, Header header) {
        this.catalogue = catalogue;
        this.header = header;
    }

    void cites(List<Line> title, List<Line> preamble, List<ImplementsDraft> implementsDocs,
            List<ReferenceDraft> references) {
        List<Line> all = new ArrayList<>(title);
        all.addAll(preamble);
        String carriedOut = object(String.join(" ", title.stream().map(Line::text).toList()), CARRIES_OUT);
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
                String issues = object(part.substring(m.end(2)), ISSUES);
                // "Căn cứ Quyết định số 23/QĐ-TTg … ban hành Chương trình X" under the title "Kế hoạch thực hiện
                // Chương trình X …": the plan carries out what that decision issues, so it implements the decision
                boolean carries = citing && issues != null && carriedOut != null && issues.split(" ").length >= 3
                        && carriedOut.startsWith(issues);
                String number = m.group(2).replaceAll("[.,]+$", "");
                String kind = Header.KINDS.get(Folding.fold(m.group(1)));
                LocalDate date = m.group(3) == null ? null : citeDate(m.group(3));
                String issuer = m.group(4) == null ? null : ISSUER_END.matcher(m.group(4).strip()).replaceFirst("").strip();
                Long id = catalogue.documentId(number);
                if (implementing || carries) {
                    if (implementsDocs.stream().noneMatch(d -> sameNumber(d.number(), number))) {
                        implementsDocs.add(new ImplementsDraft(number, kind, date, issuer, id, source(l), 0.9));
                    }
                } else if (references.stream().noneMatch(d -> sameNumber(d.number(), number))) {
                    references.add(new ReferenceDraft(number, kind, date, issuer, id, source(l), 0.9));
                }
            }
        }
    }

    /** The words (folded, without punctuation) after the first of {@code verbs} in a text; null without it. */
    private static String object(String text, Pattern verbs) {
        Matcher m = verbs.matcher(Folding.fold(text));
        if (!m.find()) {
            return null;
        }
        String words = Folding.fold(text).substring(m.end()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return words.replaceFirst("^cac muc tieu (cua )?", "");
    }

    private static boolean sameNumber(String a, String b) {
        return Folding.fold(a).equals(Folding.fold(b));
    }

    private LocalDate citeDate(String text) {
        Matcher m = Pattern.compile("(\\d{1,2})\\D+(\\d{1,2})\\D+(\\d{4})").matcher(text);
        return m.find() ? header.date(m.group(3), m.group(2), m.group(1)) : null;
    }
}
