package vn.childplan.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.childplan.planimport.PlanImportDtos.Source;

/**
 * The input as numbered lines, cleaned of layout: Markdown headings, emphasis and block quotes, tabs and repeated
 * spaces. The line numbers stay those of the input, so every extracted item can point at its source.
 */
final class Lines {
    /**
     * One line of the input: its 1-based number, the last line it runs on (a sentence broken over lines is joined
     * into its first), its text without layout, and whether it was emphasised (bold).
     */
    record Line(int no, int last, String text, boolean emphasised) {
        Line(int no, String text) {
            this(no, no, text, false);
        }

        Line joined(Line next) {
            return new Line(no, next.last, text + " " + next.text, emphasised);
        }

        boolean blank() {
            return text.isEmpty();
        }
    }

    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s*");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3})");

    private Lines() {
    }

    /**
     * The lines of a text. A Markdown pipe table (or a DOCX table, which {@link DocumentText} writes as one) stays one
     * line a row when it is a table of tasks or of targets ({@link TaskTable}); any other table is layout, its cells
     * read one by one, row by row, each cell's paragraphs apart, all under the row's line number.
     */
    static List<Line> of(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Line> out = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            if (!TaskTable.isRow(raw[i].strip())) {
                out.add(clean(i + 1, raw[i]));
                continue;
            }
            int end = i;
            while (end < raw.length && TaskTable.isRow(raw[end].strip())) {
                end++;
            }
            List<String> header = TaskTable.cells(raw[i]).stream().map(c -> clean(0, c).text()).toList();
            boolean tasks = TaskTable.columns(header) != null || TaskTable.targetColumns(header) != null;
            for (int r = i; r < end; r++) {
                if (TaskTable.isSeparator(raw[r].strip())) {
                    out.add(new Line(r + 1, ""));
                } else if (tasks) {
                    List<String> cells = TaskTable.cells(raw[r]).stream().map(c -> clean(0, c).text().replace('|', '/')).toList();
                    out.add(new Line(r + 1, "| " + String.join(" | ", cells) + " |"));
                } else {
                    int before = out.size();
                    for (String cell : TaskTable.cells(raw[r])) {
                        for (String paragraph : TaskTable.paragraphs(cell)) {
                            out.add(clean(r + 1, paragraph));
                        }
                    }
                    if (out.size() == before) {
                        out.add(new Line(r + 1, ""));
                    }
                }
            }
            i = end - 1;
        }
        return out;
    }

    private static Line clean(int no, String raw) {
        String s = raw.replace('\u00a0', ' ').replace('\t', ' ').replace('\u200b', ' ');
        s = QUOTE.matcher(HEADING.matcher(s).replaceFirst("")).replaceFirst("");
        boolean emphasised = s.strip().startsWith("**") || s.strip().startsWith("__");
        s = EMPHASIS.matcher(s).replaceAll("");
        s = s.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|])", "$1"); // Markdown escapes
        s = s.replaceAll("\\s+", " ").strip();
        return new Line(no, no, s, emphasised);
    }

    static Source source(List<Line> lines) {
        return Source.of(lines.get(0).no(), lines.get(lines.size() - 1).no());
    }

    static Source source(Line line) {
        return Source.of(line.no(), line.last());
    }

    static String bulletless(String text) {
        return text.replaceFirst("^[-–—•+*]\\s*", "").strip();
    }
}
