package vn.childplan.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of tasks as plans lay them out, in the body or in an appendix: a header row naming the columns (STT | Nội
 * dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện, in any order and wording of that kind),
 * then one row per task. Rows reach the importer as Markdown pipe rows, also those of a DOCX table
 * ({@link DocumentText}). A table of targets (STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030) is read row by row
 * as the sentences its rows stand for. Any other table is layout (the header of a decree, the "Nơi nhận" beside the
 * signature), read cell by cell as lines.
 */
final class TaskTable {
    /** Where a task table keeps what: column indexes, -1 for a column it does not have. */
    record Columns(int number, int task, int lead, int partners, int time, boolean leadNamed) {
    }

    /**
     * One row of a task table: the cells of each column, as written ("" where the row has none); leadNamed when its
     * lead column is a "chủ trì" column rather than one of the agencies that carry the task out.
     */
    record Row(String number, String task, String lead, String partners, String time, boolean leadNamed) {
    }

    /**
     * Where a table of targets keeps what: the column naming the target ("Chỉ tiêu", "Mục tiêu"), its unit ("Đơn vị
     * tính"), and the columns of values with the year each is for ("Năm 2025", "Đến năm 2030"; null for a column of
     * values without a year).
     */
    record TargetColumns(int indicator, int unit, List<Integer> values, List<Integer> years) {
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern VALUE = Pattern.compile("(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*(%|‰)?");

    private TaskTable() {
    }

    /** The columns a header row of a table of targets names; null when it is no such header. */
    static TargetColumns targetColumns(List<String> header) {
        int indicator = -1;
        int unit = -1;
        List<Integer> values = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String f = Folding.fold(header.get(i));
            Matcher year = YEAR.matcher(f);
            if (year.find()) {
                values.add(i);
                years.add(Integer.valueOf(year.group(1)));
            } else if (f.contains("don vi") || f.matches("\\s*dvt\\s*")) {
                unit = i;
            } else if (indicator < 0 && (f.contains("chi tieu") || f.contains("muc tieu"))) {
                indicator = i;
            } else if (f.matches("\\s*(muc tieu|ke hoach|gia tri|chi tieu ke hoach)\\s*")) {
                values.add(i);
                years.add(null);
            }
        }
        return indicator >= 0 && !values.isEmpty() ? new TargetColumns(indicator, unit, values, years) : null;
    }

    /**
     * A row of a table of targets as the sentence it stands for ("Tỷ lệ … dưới 18,5‰ vào năm 2025 và dưới 17‰ vào
     * năm 2030"), for the rules that read targets in text; null for a row that sets no rate (a group's heading, a
     * count of communes, an empty row).
     */
    static String targetSentence(List<String> cells, TargetColumns c) {
        String indicator = cell(cells, c.indicator());
        String unitCell = cell(cells, c.unit());
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < c.values().size(); k++) {
            String v = cell(cells, c.values().get(k));
            Matcher m = VALUE.matcher(v);
            if (!m.find()) {
                continue;
            }
            String unit = m.group(2) != null ? m.group(2) : unitCell.contains("‰") || Folding.fold(unitCell).contains("phan nghin")
                    ? "‰" : unitCell.contains("%") || Folding.fold(unitCell).contains("phan tram") ? "%" : null;
            if (unit == null) {
                continue; // a count, not a rate: no target in the sense of the plan's figures
            }
            String comparator = comparatorWords(v.substring(0, m.start()).strip());
            Integer year = c.years().get(k);
            parts.add((comparator.isEmpty() ? "" : comparator + " ") + m.group(1) + unit + (year == null ? "" : " vào năm " + year));
        }
        return indicator.isEmpty() || parts.isEmpty() ? null : indicator + " " + String.join(" và ", parts);
    }

    /** "≥", "<" … before a value, as the words a sentence would use; words already written stay. */
    private static String comparatorWords(String before) {
        return switch (before) {
            case "≥", ">=" -> "ít nhất";
            case "≤", "<=" -> "không quá";
            case ">" -> "trên";
            case "<" -> "dưới";
            case "=" -> "bằng";
            default -> before;
        };
    }

    static boolean isRow(String text) {
        return text.startsWith("|");
    }

    /** The separator under a Markdown table's header ("|:---:|---|"). */
    static boolean isSeparator(String text) {
        return text.matches("^\\|[\\s:|\\-]+\\|?$") && text.contains("-");
    }

    /** The cells of a pipe row, without the outer pipes; "\|" is a pipe inside a cell. */
    static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        String s = row.strip();
        s = s.startsWith("|") ? s.substring(1) : s;
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank()) {
            out.add(cell.toString().strip());
        }
        return out;
    }

    /** The columns a header row names; null when it is no header of a task table. */
    static Columns columns(List<String> header) {
        int number = -1;
        int task = -1;
        int lead = -1;
        int partners = -1;
        int time = -1;
        int executing = -1;
        for (int i = 0; i < header.size(); i++) {
            String f = Folding.fold(header.get(i)).replaceAll("[^\\p{L}\\d ]", " ").replaceAll("\\s+", " ").strip();
            if (f.matches("(so )?s?tt|so thu tu|thu tu")) {
                number = i;
            } else if (f.contains("phoi hop")) {
                partners = i;
            } else if (f.contains("chu tri")) {
                lead = i;
            } else if (f.contains("thoi gian") || f.contains("tien do") || f.contains("thoi han")) {
                time = i;
            } else if (f.contains("thuc hien") && (f.contains("co quan") || f.contains("don vi"))) {
                executing = i; // "Cơ quan thực hiện": the agencies that do the task, without a lead named apart
            } else if (task < 0 && (f.contains("noi dung") || f.contains("nhiem vu") || f.contains("hoat dong")
                    || f.contains("cong viec") || f.contains("giai phap") || f.startsWith("ten"))) {
                task = i;
            }
        }
        boolean leadNamed = lead >= 0;
        if (lead < 0) {
            lead = executing;
        }
        return task >= 0 && (lead >= 0 || partners >= 0) ? new Columns(number, task, lead, partners, time, leadNamed) : null;
    }

    static Row row(List<String> cells, Columns c) {
        return new Row(cell(cells, c.number()), cell(cells, c.task()), cell(cells, c.lead()), cell(cells, c.partners()),
                cell(cells, c.time()), c.leadNamed());
    }

    private static String cell(List<String> cells, int i) {
        return i >= 0 && i < cells.size() ? cells.get(i).strip() : "";
    }

    /** A cell's paragraphs ("&lt;br&gt;" between them in a pipe row). */
    static List<String> paragraphs(String cell) {
        List<String> out = new ArrayList<>();
        for (String p : cell.split("\\s*<br\\s*/?>\\s*")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** A cell's text as one line: its paragraphs joined, a sentence's end kept. */
    static String text(String cell) {
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs(cell)) {
            if (out.length() > 0) {
                out.append(".;:,".indexOf(out.charAt(out.length() - 1)) >= 0 ? " " : "; ");
            }
            out.append(p);
        }
        return out.toString();
    }
}
