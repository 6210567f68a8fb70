package vn.childplan.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.childplan.planimport.PlanImportDtos.DeadlineDraft;
import vn.childplan.planimport.PlanImportDtos.ReportingDraft;
import vn.childplan.planimport.PlanImportDtos.Source;

/**
 * The reporting regime from the sentences that speak of reports: periods, deadlines, to whom and through whom. Naming the
 * consolidating agency marks its assignments.
 */
final class Reporting {
    /**
     * "báo cáo với Chủ tịch UBND tỉnh", "báo cáo kết quả thực hiện Kế hoạch (06 tháng …) về Ủy ban nhân dân tỉnh": the
     * body or person named after the first "về", "với", "cho", "lên" or "gửi" that follows "báo cáo" in its clause.
     */
    private static final Pattern REPORT_TO = Pattern.compile("báo cáo(?:[^;.:]{0,160}?)\\s(?:về|với|cho|lên|gửi)\\s+"
            + "(\\p{Lu}[^(,;.]*?)(?=\\s+(?:về|để|kết quả|tình hình|theo)(?![\\p{L}])|[(,;.]|$)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DEADLINE = Pattern.compile("trước ngày\\s+(\\d{1,2})\\s*(?:/|tháng)\\s*(\\d{1,2})");
    private static final String[][] PERIODS = { { "\\b(0?6|sau) thang\\b", "HALF_YEAR" },
        { "\\b(hang|moi|tung|bao cao) quy\\b(?!\\s*(dinh|che|trinh|mo|\\d))", "QUARTER" }, { "\\b(hang|moi) thang\\b", "MONTH" },
        { "\\b(0?1|mot) nam\\b|\\b(hang|moi) nam\\b|\\bca nam\\b|\\bcuoi nam\\b|(?<=(thang|\\))\\s{0,2}(va|,)\\s{0,2})nam\\b", "YEAR" } };

    private static final List<String> ORDER = List.of("MONTH", "QUARTER", "HALF_YEAR", "YEAR");

    private Reporting() {
    }

    static ReportingDraft of(List<String[]> reportingSentences, AssignmentList assignments) {
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
                for (int i = 0; last == null && i < found.size(); i++) {
                    // "trước ngày 15/12 hằng năm": the period right after the deadline
                    if (found.get(i)[0] >= d.end() && found.get(i)[0] - d.end() <= 3) {
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
                // a body or a person ("Chủ tịch UBND tỉnh"), not "về tình hình …"; a body's name ends where it does
                List<Agencies.Mention> named = Agencies.find(t.group(1));
                to = !named.isEmpty() && named.get(0).start() == 0 ? named.get(0).name() : t.group(1).strip();
                any = true;
            }
            if (to == null) {
                to = reportedTo(sentence);
                any |= to != null;
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
        if (via == null && src != null) {
            // "Sở Y tế … b) Tổng hợp, báo cáo UBND tỉnh …": the sentence does not name it, its paragraph does
            via = assignments.gatherer();
        }
        if (src == null) {
            return new ReportingDraft(List.of(), List.of(), null, null, null, 0);
        }
        periods.sort(java.util.Comparator.comparingInt(ORDER::indexOf)); // shortest period first, wherever it was said
        return new ReportingDraft(periods, deadlines, to, via, src, 0.8);
    }

    /** "tổng hợp, báo cáo UBND huyện trước ngày 15/12": the agency named right after "báo cáo". */
    private static String reportedTo(String sentence) {
        Matcher b = Pattern.compile("báo cáo\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(sentence);
        while (b.find()) {
            List<Agencies.Mention> m = Agencies.find(sentence.substring(b.end()));
            if (!m.isEmpty() && m.get(0).start() == 0 && !m.get(0).collective()) {
                return m.get(0).name();
            }
        }
        return null;
    }

    private static boolean followsYear(String folded, int end) {
        return folded.substring(end).matches("^\\s*\\d{4}.*");
    }
}
