package vn.childplan.planimport;

import static vn.childplan.planimport.Lines.source;
import static vn.childplan.planimport.Lines.bulletless;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.childplan.planimport.Lines.Line;
import vn.childplan.planimport.PlanImportDtos.TaskDraft;
import vn.childplan.planimport.Sections.Node;

/**
 * A part of tasks read into its tree of tasks, with the assignments its lines state; in "Tổ chức thực hiện", the
 * paragraph of each agency.
 */
final class TaskTree {
    /** Words that open a label under a task ("a) Nhiệm vụ, giải pháp:", "b) Phân công thực hiện:"), not a sub-task. */
    private static final List<String> LABELS = List.of("nhiem vu", "giai phap", "noi dung", "phan cong", "co quan",
            "don vi", "chu tri", "phoi hop", "thoi gian", "tien do", "kinh phi", "san pham", "pham vi");
    private static final List<String> ASSIGNING_LABELS = List.of("phan cong", "co quan", "don vi", "chu tri", "phoi hop");

    private final AssignmentList assignments;

    TaskTree(AssignmentList assignments) {
        this.assignments = assignments;
    }

    TaskDraft task(Node node, String number, boolean organisation) {
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
            return Header.properNames(Folding.sentenceCase(heading)).replaceAll("[.:;]+$", "");
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

    static void collect(List<Node> nodes, List<Line> into) {
        for (Node n : nodes) {
            into.add(new Line(n.line.no(), n.heading));
            into.addAll(n.content);
            collect(n.children, into);
        }
    }
}
