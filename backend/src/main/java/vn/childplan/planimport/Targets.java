package vn.childplan.planimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.childplan.planimport.PlanImportDtos.Source;

/**
 * Targets in a sentence of objectives: each figure with a unit (%, ‰) is one target, so "99% … và 95% …" gives two.
 * The comparator is the word nearest before the figure: "trên" GT, "dưới" LT, "không quá"/"tối đa" LE,
 * "ít nhất"/"tối thiểu"/"không dưới"/"đạt" GE ("đạt 88%" means reaching at least 88%), "bằng" EQ; a bare figure is
 * a level to reach, GE, and a bare 100% is EQ, as the catalogue's comparators read the plans. The indicator is the
 * words before the comparator ("Tỷ lệ trẻ em dưới 1 tuổi tiêm chủng đầy đủ trên 95%") or, when the figure comes
 * first, "Tỷ lệ" and the words after it ("95% trẻ em sinh ra được làm giấy khai sinh").
 */
final class Targets {
    /** A target as read from the text, before its indicator is looked up. */
    record Found(String text, String indicator, String comparator, BigDecimal value, String unit, Integer year,
            String breakdown, double confidence) {
    }

    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*(%|‰|phần trăm|phần nghìn)");
    private static final Pattern YEAR = Pattern.compile("(?:đến|vào|trong|tới|cuối)?\\s*năm\\s+((?:19|20)\\d{2})");
    /** Words before a figure, folded, nearest first, and the comparator each means. */
    private static final String[][] BEFORE = {
        { "khong vuot qua", "LE" }, { "khong qua", "LE" }, { "toi da", "LE" }, { "khong cao hon", "LE" },
        { "xuong con", "LE" }, { "con", "LE" }, { "xuong", "LE" }, { "khong duoi", "GE" }, { "khong thap hon", "GE" },
        { "it nhat", "GE" }, { "toi thieu", "GE" }, { "tren", "GT" }, { "hon", "GT" }, { "vuot", "GT" },
        { "duoi", "LT" }, { "bang", "EQ" }, { "dat", "GE" }, { "len", "GE" }, { "tu", "GE" },
    };
    /** After "từ 30%", the words that make it where a change starts ("… lên 40%"), not a target of its own. */
    private static final Pattern FROM_TO = Pattern.compile("^\\s*(\\([^)]*\\)\\s*)?,?\\s*(len|xuong|den|toi)\\b");
    /** A verb of change before the indicator's name: "Giảm tỷ lệ …", "Nâng tỷ lệ …". */
    private static final Pattern CHANGE = Pattern.compile("^(giam|tang|nang cao|nang|ha thap|ha)\\s+(?=(ty le|ti le|ty suat|"
            + "ti suat|so|muc)\\b)");
    /** Verbs that open a sentence of objectives and are no part of the indicator's name. */
    private static final Pattern LEAD_VERBS = Pattern.compile("^(?:(?:duy tri|dam bao|bao dam|phan dau|co|dat|va|de|"
            + "cho|tren|khoang|hon|(?:den|toi|vao|trong) nam \\d{4},?|(?:hang|moi) nam,?)\\s+)+");
    /** A target set for every year: "hằng năm", "hàng năm", "mỗi năm". */
    private static final Pattern YEARLY = Pattern.compile("\\b(hang|moi) nam\\b|/\\s*nam\\b");
    /** "giảm", "tăng bình quân" just before a figure: the figure is the change, not the level. */
    private static final Pattern CHANGE_BY = Pattern.compile(".*\\b(giam|tang)( binh quan| trung binh)?\\s*$");
    /** Comparators that bound a change ("giảm ít nhất 5%") rather than name the level reached. */
    private static final List<String> BY_AT_LEAST = List.of("it nhat", "toi thieu", "khong duoi", "tren", "hon", "toi da",
            "khong qua", "khong vuot qua");
    /** Words that open an indicator's name of its own ("tỷ lệ …", "số …"), not a fragment of the one before. */
    private static final Pattern OWN_NAME = Pattern.compile("^(ty le|ti le|ty suat|ti suat|so|muc)\\b");
    private static final Pattern SUB_TARGET = Pattern.compile("^(trong do|rieng|doi voi|voi)\\s+");
    private static final String[] SUBGROUPS = { "dan toc thieu so", "vung dong bao dan toc", "vung sau, vung xa",
        "vung kho khan", "nong thon", "thanh thi", "mien nui", "tre em gai", "tre em trai", "ho ngheo" };

    private Targets() {
    }

    static boolean hasFigure(String text) {
        return FIGURE.matcher(text).find();
    }

    static List<Found> in(String sentence, Integer defaultYear) {
        List<Found> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(sentence);
        List<int[]> figures = new ArrayList<>();
        while (m.find()) {
            figures.add(new int[] { m.start(), m.end() });
        }
        // where each target's words begin: after the last "và", comma or semicolon between two figures
        int[] begins = new int[figures.size() + 1];
        for (int i = 1; i < figures.size(); i++) {
            String between = sentence.substring(figures.get(i - 1)[1], figures.get(i)[0]);
            int join = Math.max(Math.max(between.lastIndexOf(" và "), between.lastIndexOf(',')), between.lastIndexOf(';'));
            begins[i] = figures.get(i - 1)[1] + (join < 0 ? 0 : join);
        }
        begins[figures.size()] = sentence.length();
        String previousName = null;
        String previousComparator = null;
        String years = sentence; // the sentence without the baselines' years ("từ 30% (năm 2020) lên 40%")
        boolean yearly = YEARLY.matcher(Folding.fold(sentence)).find();
        for (int i = 0; i < figures.size(); i++) {
            int start = figures.get(i)[0];
            int end = figures.get(i)[1];
            String before = sentence.substring(begins[i], start).replaceAll("^[\\s,;:.\\-–+•]*(và\\s+)?", "");
            String after = sentence.substring(end, begins[i + 1]);
            int stop = indexOfAny(after, ";", ". ", ":");
            after = stop >= 0 ? after.substring(0, stop) : after;
            String[] comparator = comparator(Folding.fold(before));
            String beforeName = comparator == null ? before
                    : before.substring(0, before.length() - comparator[0].length() - trailingSpace(before));
            String figure = sentence.substring(start, end);
            BigDecimal value = new BigDecimal(figure.replaceAll("[^\\d.,]", "").replace(',', '.'));
            String cmp = comparator != null ? comparator[1] : value.compareTo(BigDecimal.valueOf(100)) == 0 ? "EQ" : "GE";
            String text = (before + figure + after).strip().replaceAll("[,;.\\s]+$", "");
            if (comparator != null && comparator[0].equals("tu") && i + 1 < figures.size()
                    && FROM_TO.matcher(Folding.fold(sentence.substring(end, figures.get(i + 1)[0]))).find()) {
                // "tăng tỷ lệ … từ 30% (năm 2020) lên 40%": the first figure is where the change starts
                previousName = indicatorName(beforeName, after);
                previousComparator = null;
                years = years.substring(0, end) + " ".repeat(figures.get(i + 1)[0] - end) + years.substring(figures.get(i + 1)[0]);
                continue;
            }
            // "giảm 5%", "giảm ít nhất 5%": the figure is the change; "giảm còn 18%", "tăng lên 40%" give the level
            boolean relative = CHANGE_BY.matcher(Folding.fold(beforeName)).matches()
                    && (comparator == null || BY_AT_LEAST.contains(comparator[0]));
            // "… đạt 97% vào năm 2025 và 98% vào năm 2030": a figure with no words of its own goes on with the one before
            boolean continues = previousName != null && clean(stripLead(beforeName.replaceAll("\\([^)]*\\)", ""))) == null
                    && words(YEAR.matcher(after).replaceAll(" ")) < 2;
            String name;
            String breakdown = null;
            Matcher sub = SUB_TARGET.matcher(Folding.fold(beforeName));
            if (relative) {
                // "hằng năm giảm 5% số vụ …": a target on the reduction itself, reached when it is at least that
                name = rateName(beforeName, after, yearly);
                cmp = comparator != null ? comparator[1] : "GE";
            } else if (continues) {
                name = previousName;
                cmp = comparator != null ? comparator[1] : previousComparator != null ? previousComparator : cmp;
            } else if (previousName != null && sub.find()) {
                // "…, trong đó trẻ em dân tộc thiểu số trên 90%": the same indicator for a sub-group
                name = previousName;
                breakdown = clean(beforeName.substring(sub.end()).replaceAll("(?i)\\s+(đạt|là|ở mức|còn|xuống)\\s*$", ""));
            } else {
                name = previousName == null ? null : fragmentOf(previousName, beforeName);
                name = name != null ? name : indicatorName(beforeName, after);
                breakdown = breakdown(text);
            }
            if (unit(figure).equals("%") && value.compareTo(BigDecimal.valueOf(100)) == 0 && "GE".equals(cmp)) {
                cmp = "EQ"; // "đạt 100%": no share is more than all
            }
            String unit = unit(figure);
            Integer year = year(years.substring(begins[i], end + after.length())); // the target's own words
            if (year == null) {
                year = year(years);
            }
            // a target for every year ("hằng năm") is for no year in particular
            year = year != null ? year : yearly ? null : defaultYear;
            double confidence = relative ? 0.7 : name == null ? 0.5 : comparator == null ? 0.8 : 0.9;
            out.add(new Found(text, name, cmp, value, unit, year, breakdown, confidence));
            previousName = name;
            previousComparator = cmp;
        }
        return out;
    }

    /** "Mức giảm hằng năm số vụ …": the rate's subject before "giảm"/"tăng", else the words after the figure. */
    private static String rateName(String before, String after, boolean yearly) {
        Matcher verb = CHANGE_BY.matcher(Folding.fold(before));
        String subject = verb.matches() ? before.substring(0, verb.start(1)) : before;
        String what = clean(stripLead(subject.replaceAll("^[\\s\\-–+•]+", "")));
        if (what == null || words(what) < 2) {
            String a = after.replaceAll("(?i)\\s+so với.*$", "");
            what = clean(YEAR.matcher(a).replaceAll(" "));
        }
        String movement = verb.matches() && verb.group(1).equals("tang") ? "tăng" : "giảm";
        return what == null ? null : "Mức " + movement + (yearly ? " hằng năm " : " ")
                + Character.toLowerCase(what.charAt(0)) + what.substring(1);
    }

    private static String unit(String figure) {
        return figure.contains("‰") || figure.contains("nghìn") ? "‰" : "%";
    }

    /**
     * "… thể nhẹ cân dưới 10% và thể thấp còi dưới 18%", "tử vong trẻ em dưới 1 tuổi xuống 12‰, trẻ em dưới 5 tuổi
     * xuống 18‰": words that take the place of the end of the indicator before, from the word they start with; null
     * when the words name an indicator of their own or share no word with the one before.
     */
    private static String fragmentOf(String previous, String words) {
        String fragment = clean(stripLead(words.replaceAll("^[\\s\\-–+•]+", "")));
        if (fragment == null || OWN_NAME.matcher(Folding.fold(fragment)).find()) {
            return null;
        }
        fragment = fragment.replaceAll("(\\s+(đạt|là|ở mức|đạt mức|còn|xuống|xuống còn))+$", "");
        String first = Folding.fold(fragment.split("\\s+")[0]);
        String folded = Folding.fold(previous);
        Matcher m = Pattern.compile("(?<=\\s)" + Pattern.quote(first) + "(?=\\s|$)").matcher(folded);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at <= 0 ? null : previous.substring(0, at) + fragment;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static int trailingSpace(String s) {
        int n = 0;
        for (int i = s.length() - 1; i >= 0 && Character.isWhitespace(s.charAt(i)); i--) {
            n++;
        }
        return n;
    }

    /** The comparator of the words just before a figure: {the words as written (folded), comparator}. */
    private static String[] comparator(String foldedBefore) {
        String b = foldedBefore.stripTrailing();
        for (String[] c : BEFORE) {
            if (b.endsWith(" " + c[0]) || b.equals(c[0])) {
                return new String[] { c[0], c[1] };
            }
        }
        return null;
    }

    private static int indexOfAny(String s, String... marks) {
        int best = -1;
        for (String mark : marks) {
            int i = s.indexOf(mark);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** The indicator's name from the words before the comparator, else "Tỷ lệ" and the words after the figure. */
    private static String indicatorName(String before, String after) {
        String b = stripLead(before.replaceAll("^[\\s\\-–+•]+", "")).strip();
        if (b.split("\\s+").length >= 3) {
            String name = clean(b.replaceAll("(\\s+(đạt|là|ở mức|đạt mức|còn|xuống|xuống còn|giảm|tăng|giảm xuống|tăng lên))+$", ""));
            name = name == null ? null : Character.toUpperCase(name.charAt(0)) + name.substring(1);
            // a rate is named as one: "Huy động trẻ … ra lớp" is the "Tỷ lệ huy động trẻ … ra lớp"
            return name == null || Folding.fold(name).matches("^(ty le|ti le|so|muc|ty suat|ti suat)\\b.*") ? name
                    : "Tỷ lệ " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        String a = after.replaceAll("^\\s*(trở lên)?\\s*(số\\s+)?", "");
        a = a.replaceAll("(?i)\\s*(trở lên)\\s*$", "");
        if (a.split("\\s+").length >= 2) {
            return "Tỷ lệ " + clean(a);
        }
        return null;
    }

    private static String stripLead(String s) {
        Matcher m = LEAD_VERBS.matcher(Folding.fold(s));
        String out = m.find() ? s.substring(m.end()) : s;
        Matcher change = CHANGE.matcher(Folding.fold(out));
        return change.find() ? out.substring(change.end()) : out;
    }

    private static String clean(String s) {
        String out = s.replaceAll("[\\s,;:.\\-–]+$", "").replaceAll("^[\\s,;:\\-–]+", "").strip();
        return out.isEmpty() ? null : out;
    }

    /** The last year a text names, but not a baseline it compares with ("so với năm 2020"). */
    private static Integer year(String text) {
        Matcher m = YEAR.matcher(text);
        Integer y = null;
        while (m.find()) {
            if (!Folding.fold(text.substring(0, m.start())).stripTrailing().endsWith("so voi")) {
                y = Integer.valueOf(m.group(1));
            }
        }
        return y;
    }

    /** A sub-group named in the target's words ("trẻ em dân tộc thiểu số"), as written; null when none. */
    static String breakdown(String text) {
        String folded = Folding.fold(text);
        for (String g : SUBGROUPS) {
            int i = folded.indexOf(g);
            if (i >= 0) {
                int start = folded.lastIndexOf("tre em ", i) == i - 7 ? i - 7 : i;
                return text.substring(start, i + g.length());
            }
        }
        return null;
    }
}
