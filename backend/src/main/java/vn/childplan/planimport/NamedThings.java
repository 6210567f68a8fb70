package vn.childplan.planimport;

import static vn.childplan.planimport.Lines.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.childplan.planimport.Lines.Line;
import vn.childplan.planimport.PlanImportDtos.TextItem;

/** Named things anywhere in the body: recurring events and the external systems the plan relies on. */
final class NamedThings {
    /** Where a recurring event's name starts; it runs to punctuation, a figure or a word that ends it. */
    private static final Pattern RECURRING = Pattern.compile("(?<![\\p{L}])(Tháng hành động|Ngày (?:quốc tế|toàn dân|"
            + "gia đình|trẻ em|truyền thống|pháp luật|sách)|Tết (?:Trung thu|thiếu nhi|Nguyên đán)|Diễn đàn trẻ em|Tuần lễ)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAME_END = Pattern.compile("[,;.():…\"“”|\\d]");
    private static final Pattern RECURRING_END = Pattern.compile("\\s+(từ ngày|vào|và|trong|với|nhằm|để|hằng năm|hàng năm|"
            + "năm|cho|tại|nói chung)(?![\\p{L}]).*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EXTERNAL = Pattern.compile("(?<![\\p{L}])(?<!hệ )(hệ cơ sở dữ liệu|cơ sở dữ liệu|"
            + "hệ thống thông tin|phần mềm|Tổng đài|Cổng dịch vụ công|Nền tảng tích hợp, chia sẻ dữ liệu)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that end a system's name; "tại cơ sở" is part of one ("phần mềm quản lý thông tin trẻ em tại cơ sở"). */
    private static final Pattern EXTERNAL_END = Pattern.compile("\\s+(liên thông|và|để|nhằm|phục vụ|trong|đảm bảo|bảo đảm|"
            + "theo|được|tại(?! cơ sở)|đến|từ|cho|giữa|thông qua|qua|với)(?![\\p{L}]).*$", Pattern.UNICODE_CHARACTER_CLASS);

    private NamedThings() {
    }

    static List<TextItem> recurring(List<Line> lines, int end) {
        return named(lines, end, RECURRING, RECURRING_END);
    }

    static List<TextItem> external(List<Line> lines, int end) {
        return named(lines, end, EXTERNAL, EXTERNAL_END);
    }

    private static List<TextItem> named(List<Line> lines, int end, Pattern pattern, Pattern tail) {
        Map<String, TextItem> out = new LinkedHashMap<>();
        for (Line l : lines.subList(0, end)) {
            String t = l.text();
            Matcher m = pattern.matcher(t);
            List<int[]> starts = new ArrayList<>();
            while (m.find()) {
                starts.add(new int[] { m.start(), m.end() });
            }
            for (int i = 0; i < starts.size(); i++) {
                int stop = i + 1 < starts.size() ? starts.get(i + 1)[0] : t.length();
                // the name runs on from the words that open it, which may hold a comma of their own
                Matcher p = NAME_END.matcher(t).region(starts.get(i)[1], stop);
                String name = t.substring(starts.get(i)[0], p.find() ? p.start() : stop);
                name = tail.matcher(name.strip()).replaceFirst("").replaceAll("[\\s.…,;:\\-–]+$", "").strip();
                int words = name.split("\\s+").length;
                String key = Folding.fold(name);
                // "cơ sở dữ liệu về trẻ em của tỉnh" after "cơ sở dữ liệu về trẻ em": the same system
                boolean known = out.keySet().stream().anyMatch(k -> key.startsWith(k + " "));
                if (words >= 2 && words <= 12 && !known) {
                    out.putIfAbsent(key, new TextItem(name, source(l), 0.8));
                }
            }
        }
        return new ArrayList<>(out.values());
    }
}
