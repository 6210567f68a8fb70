package vn.childplan.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.childplan.planimport.Lines.Line;

/**
 * The numbered structure of a document's body: Roman numerals (I., II.) for parts, Arabic numbers (1., 2.) for items,
 * dotted numbers (1.1.) below them, and letters (a), b), đ)) below those. A line without a number belongs to the last
 * numbered item before it, bullets and dashes included. Text cut in the source ("…………", "[...]") is noted, and the
 * orphan text after a cut is kept out of the item before it. The rows of a table of tasks ({@link TaskTable}) are items
 * of the item the table stands in, numbered by their STT: a row numbered I, II … is a group, the rows after it its
 * items; a row without a number goes on with the row before it.
 */
final class Sections {
    private static final Pattern ROMAN = Pattern.compile("^((?:X{0,3})(?:IX|IV|V?I{0,3}))\\s*[.):/-]\\s*(.*)$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,2})\\s*[.)]\\s*(.*)$");
    /** "2.1 Về giáo dục": a dotted number without its closing dot, before a capital. */
    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,2})\\s+(\\p{Lu}.*)$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\s*[).]\\s+(.*)$");
    /** "PHẦN I", "Phần thứ hai: …": a division above the parts, with its title on the line or the next. */
    private static final Pattern DIVISION = Pattern.compile("^(?:PHẦN|Phần)\\s+(?:THỨ\\s+|thứ\\s+)?([IVX]+|\\d+|NHẤT|nhất|HAI|hai|"
            + "BA|ba|BỐN|bốn|TƯ|tư|NĂM|năm)\\b\\s*[.:\\-–]?\\s*(.*)$");
    /** A division's title that reviews the past ("KẾT QUẢ THỰC HIỆN … NĂM 2024", "Đánh giá tình hình …"), folded. */
    private static final Pattern REVIEW = Pattern.compile("^(ket qua|danh gia|tinh hinh|bao cao|tong ket|so ket)\\b");
    private static final Pattern CUT = Pattern.compile("^[\\s.…·_*]{4,}$|\\[\\s*(\\.{3}|…)\\s*]|^…+$|^\\.{3,}…");

    /** A numbered item with the lines that follow it and the items below it. */
    static final class Node {
        final int level;
        final String label;
        String heading;
        final Line line;
        final List<Line> content = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        Node parent;
        int last;
        /** The cells of the table row the item was read from; null for an item of the text. */
        TaskTable.Row row;

        Node(int level, String label, String heading, Line line) {
            this.level = level;
            this.label = label;
            this.heading = heading;
            this.line = line;
            this.last = line == null ? 0 : line.no();
        }

        /** The item's number as a path: "II", "II.3", "II.3.a"; Arabic numbers under no part stand alone. */
        String number() {
            if (parent == null || parent.label == null) {
                return label;
            }
            return parent.number() + "." + label;
        }

        /** The heading and every line below it, sub-items included, as one text. */
        String fullText() {
            StringBuilder b = new StringBuilder(heading);
            content.forEach(l -> b.append('\n').append(l.text()));
            children.forEach(c -> b.append('\n').append(c.label).append(") ").append(c.fullText()));
            return b.toString().strip();
        }

        PlanImportDtos.Source source() {
            return PlanImportDtos.Source.of(line.no(), lastLine());
        }

        int lastLine() {
            int l = last;
            for (Node c : children) {
                l = Math.max(l, c.lastLine());
            }
            return l;
        }
    }

    /** The parsed body: its root (no label) and the warnings of cut text. */
    record Body(Node root, List<PlanImportDtos.TextItem> warnings) {
    }

    private Sections() {
    }

    static boolean isRomanHeading(String text) {
        Matcher m = ROMAN.matcher(text);
        return m.matches() && !m.group(1).isEmpty() && !m.group(2).isBlank();
    }

    static boolean isDivision(String text) {
        return DIVISION.matcher(text).matches();
    }

    static boolean isNumbered(String text) {
        return isRomanHeading(text) || ARABIC.matcher(text).matches();
    }

    static Body parse(List<Line> lines) {
        Node root = new Node(0, null, "", null);
        List<PlanImportDtos.TextItem> warnings = new ArrayList<>();
        List<Node> stack = new ArrayList<>(List.of(root));
        boolean afterCut = false;
        Rows table = null;
        TaskTable.TargetColumns targets = null;
        Node targetsUnder = null;
        boolean divisionTitle = false;
        boolean review = false;
        for (Line line : lines) {
            if (line.blank()) {
                continue;
            }
            String t = line.text();
            Matcher division = DIVISION.matcher(t);
            if (division.matches() || divisionTitle) {
                // a division starts the numbering afresh; one that reviews the past year is no part of the plan
                String title = division.matches() ? division.group(2) : t;
                divisionTitle = division.matches() && title.isBlank();
                review = REVIEW.matcher(Folding.fold(title)).find() || (divisionTitle && review);
                stack.subList(1, stack.size()).clear();
                table = null;
                targets = null;
                continue;
            }
            if (review) {
                continue;
            }
            if (TaskTable.isRow(t)) {
                List<String> cells = TaskTable.cells(t);
                TaskTable.Columns columns = TaskTable.columns(cells);
                TaskTable.TargetColumns targetColumns = columns == null ? TaskTable.targetColumns(cells) : null;
                if (columns != null || targetColumns != null) {
                    table = columns == null ? null : new Rows(columns, stack.get(stack.size() - 1));
                    targets = targetColumns;
                    targetsUnder = stack.get(stack.size() - 1);
                } else if (table != null) {
                    table.add(TaskTable.row(cells, table.columns), line);
                } else if (targets != null) {
                    // a row of a table of targets is the sentence it stands for, in the item the table stands in
                    String sentence = TaskTable.targetSentence(cells, targets);
                    if (sentence != null) {
                        targetsUnder.content.add(new Line(line.no(), sentence));
                        targetsUnder.last = line.no();
                    }
                }
                continue;
            }
            table = null;
            targets = null;
            if (CUT.matcher(t).find()) {
                warnings.add(new PlanImportDtos.TextItem("Line " + line.no() + ": text is cut in the source (\"" + t
                        + "\"); nothing is read for what is missing", PlanImportDtos.Source.of(line.no(), line.no()), 1));
                afterCut = true;
                continue;
            }
            Node node = numbered(line);
            if (node == null) {
                if (afterCut) {
                    warnings.add(new PlanImportDtos.TextItem("Line " + line.no() + " continues text cut from the "
                            + "source; it is not attached to any item", PlanImportDtos.Source.of(line.no(), line.no()), 1));
                    continue;
                }
                Node current = stack.get(stack.size() - 1);
                if (continues(current, line)) {
                    // a sentence broken over lines: the line goes on where the previous one stopped
                    if (current.content.isEmpty() && current.line != null) {
                        current.heading = current.heading + " " + t;
                    } else if (!current.content.isEmpty()) {
                        int lastIndex = current.content.size() - 1;
                        current.content.set(lastIndex, current.content.get(lastIndex).joined(line));
                    }
                } else {
                    current.content.add(line);
                }
                current.last = line.no();
                continue;
            }
            afterCut = false;
            while (stack.get(stack.size() - 1).level >= node.level) {
                stack.remove(stack.size() - 1);
            }
            Node parent = stack.get(stack.size() - 1);
            node.parent = parent;
            parent.children.add(node);
            stack.add(node);
        }
        gaps(root, warnings);
        return new Body(root, warnings);
    }

    /** The rows of one table of tasks, attached under the item the table stands in. */
    private static final class Rows {
        private static final Pattern ROW_NUMBER = Pattern.compile("^(?:(X{0,3}(?:IX|IV|V?I{0,3}))|(\\d{1,2}(?:\\.\\d{1,2}){0,2})"
                + "|([a-zđ]))[.)]?$");
        final TaskTable.Columns columns;
        private final Node container;
        private final List<Node> open = new ArrayList<>();
        private Node group;
        private Node last;
        private int unnumbered;

        Rows(TaskTable.Columns columns, Node container) {
            this.columns = columns;
            this.container = container;
        }

        void add(TaskTable.Row row, Line line) {
            String task = TaskTable.text(row.task());
            if (columns.number() < 0 && !task.isEmpty()) {
                // a table without an STT column: its rows are numbered as they come
                row = new TaskTable.Row(String.valueOf(++unnumbered), row.task(), row.lead(), row.partners(), row.time(),
                        row.leadNamed());
            }
            Matcher m = ROW_NUMBER.matcher(row.number().strip());
            if (row.number().isBlank() || !m.matches()) {
                if (last != null && !(task.isEmpty() && row.lead().isEmpty() && row.partners().isEmpty())) {
                    // a row without a number goes on with the task above it: more of its text, more of its agencies
                    if (!task.isEmpty()) {
                        last.content.add(new Line(line.no(), task));
                    }
                    // the agency that carries out that part coordinates the task: the task keeps one lead
                    last.row = new TaskTable.Row(last.row.number(), last.row.task(), last.row.lead(),
                            join(join(last.row.partners(), row.lead()), row.partners()), join(last.row.time(), row.time()),
                            last.row.leadNamed());
                    last.last = line.no();
                }
                return;
            }
            int level;
            String label;
            if (m.group(1) != null && !m.group(1).isEmpty()) {
                label = m.group(1);
                level = container.level + 1;
            } else if (m.group(2) != null) {
                label = m.group(2);
                int dots = label.length() - label.replace(".", "").length();
                level = (group != null ? group.level : container.level) + 1 + dots;
            } else {
                label = m.group(3);
                level = (last != null ? last.level : container.level) + 1;
            }
            Node node = new Node(level, label, task, line);
            node.row = row;
            while (!open.isEmpty() && open.get(open.size() - 1).level >= level) {
                open.remove(open.size() - 1);
            }
            Node parent = open.isEmpty() ? container : open.get(open.size() - 1);
            node.parent = parent;
            parent.children.add(node);
            open.add(node);
            if (m.group(1) != null && !m.group(1).isEmpty()) {
                group = node;
            }
            last = node;
        }

        private static String join(String a, String b) {
            return a.isBlank() ? b : b.isBlank() ? a : a + "<br>" + b;
        }
    }

    private static boolean continues(Node current, Line line) {
        String t = line.text();
        if (t.isEmpty() || !Character.isLowerCase(t.codePointAt(0))) {
            return false;
        }
        String previous = current.content.isEmpty() ? (current.line == null ? null : current.heading)
                : current.content.get(current.content.size() - 1).text();
        return previous != null && !previous.isEmpty() && ".;:!?".indexOf(previous.charAt(previous.length() - 1)) < 0;
    }

    private static Node numbered(Line line) {
        String t = line.text();
        Matcher m = ROMAN.matcher(t);
        if (m.matches() && !m.group(1).isEmpty() && !m.group(2).isBlank()) {
            return new Node(1, m.group(1), m.group(2).strip(), line);
        }
        m = ARABIC.matcher(t);
        if (m.matches() && !m.group(2).isBlank() && !m.group(2).matches("^\\d.*")) {
            int dots = m.group(1).length() - m.group(1).replace(".", "").length();
            return new Node(2 + dots, m.group(1), m.group(2).strip(), line);
        }
        m = DOTTED.matcher(t);
        if (m.matches()) {
            int dots = m.group(1).length() - m.group(1).replace(".", "").length();
            return new Node(2 + dots, m.group(1), m.group(2).strip(), line);
        }
        m = LETTER.matcher(t);
        if (m.matches()) {
            return new Node(5, m.group(1), m.group(2).strip(), line);
        }
        return null;
    }

    /** Warns of items missing from a numbering (9 then 12: items 10 and 11 are not in the text). */
    private static void gaps(Node node, List<PlanImportDtos.TextItem> warnings) {
        Integer previous = null;
        for (Node c : node.children) {
            if (c.label.matches("\\d+")) {
                int n = Integer.parseInt(c.label);
                if (previous != null && n > previous + 1) {
                    String where = node.label == null ? "" : " of part " + node.number();
                    warnings.add(new PlanImportDtos.TextItem("Items " + (previous + 1)
                            + (n - 1 > previous + 1 ? "–" + (n - 1) : "") + where
                            + " are missing from the text; nothing is proposed for them",
                            PlanImportDtos.Source.of(c.line.no(), c.line.no()), 1));
                }
                previous = n;
            }
            gaps(c, warnings);
        }
    }
}
