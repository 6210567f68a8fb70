package vn.childplan.planimport;

import static vn.childplan.planimport.Lines.source;
import static vn.childplan.planimport.Lines.bulletless;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.childplan.planimport.Lines.Line;
import vn.childplan.planimport.PlanImportDtos.ObjectiveDraft;
import vn.childplan.planimport.PlanImportDtos.TargetDraft;
import vn.childplan.planimport.PlanImportDtos.TaskDraft;
import vn.childplan.planimport.PlanImportDtos.TextItem;
import vn.childplan.planimport.Sections.Node;

/** Reads the parts into the draft's lists. */
final class Parts {
    // -- which part is which --------------------------------------------------------------------------------------

    /**
     * The parts: the Roman-numbered items; without them, Arabic-numbered items whose headings name parts ("1. Mục
     * đích, yêu cầu", "2. Nhiệm vụ"); else the whole body is one list of tasks.
     */
    static List<Node> partsOf(Node root) {
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
        // "4. Kinh phí thực hiện: Từ nguồn …": what the part is, the words before the colon say
        String f = Folding.fold(heading.contains(":") ? heading.substring(0, heading.indexOf(':')) : heading);
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

    /** What a requirement asks of the work, folded. */
    private static final Pattern REQUIREMENT = Pattern.compile("\\b(phai|thiet thuc|tiet kiem|dung quy dinh|chat che|"
            + "dong bo|nghiem tuc|kip thoi|xac dinh ro)\\b");
    /** "Đến năm 2025:", "Mục tiêu cụ thể đến năm 2025": the year the items under it are for. */
    private static final Pattern YEAR_OF = Pattern.compile("(?:đến|tới|vào|trong)\\s+năm\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private final PlanExtractor.Catalogue catalogue;
    private final TaskTree tree;
    final Integer targetYear;
    final List<TextItem> purposes = new ArrayList<>();
    final List<TextItem> requirements = new ArrayList<>();
    final List<ObjectiveDraft> objectives = new ArrayList<>();
    final List<TaskDraft> tasks = new ArrayList<>();
    final List<TextItem> funding = new ArrayList<>();
    final AssignmentList assignments;
    /** {sentence, source line}: first those of a part on reporting, then those elsewhere, each in the text's order. */
    final List<String[]> reportingSentences = new ArrayList<>();
    private int reportingPartSentences;

    Parts(PlanExtractor.Catalogue catalogue, Integer targetYear) {
        this.catalogue = catalogue;
        this.targetYear = targetYear;
        this.assignments = new AssignmentList(catalogue);
        this.tree = new TaskTree(assignments);
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
                    part.children.forEach(c -> tasks.add(tree.task(c, c.number(), false)));
                } else {
                    tasks.add(tree.task(part, part.number(), false));
                }
            }
            case ORGANISATION -> {
                tasks.add(tree.task(part, part.number(), true));
                collectReporting(part);
            }
            case FUNDING -> paragraphs(part, funding);
            case REPORTING -> collectReporting(part, true);
            case OTHER -> { }
        }
    }

    /** An appendix: its table of tasks, else what its title says it holds. */
    void readAppendix(Node appendix) {
        if (hasRows(appendix)) {
            tasks.add(tree.task(appendix, appendix.number(), false));
        } else {
            read(appendix);
        }
    }

    private static boolean hasRows(Node node) {
        return node.row != null || node.children.stream().anyMatch(Parts::hasRows);
    }

    /** The paragraphs of a part (or of its "Mục đích" item): its own text, and its items' as paragraphs. */
    private void paragraphs(Node node, List<TextItem> into) {
        String inline = node.line == null || !node.heading.contains(":") ? ""
                : node.heading.substring(node.heading.indexOf(':') + 1).strip();
        if (!inline.isEmpty()) {
            // "1. Mục đích: Cụ thể hóa …": the paragraph follows its heading on the same line
            into.add(new TextItem(bulletless(inline), node.source(), 0.8));
        }
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
        // without "1. Mục đích" and "2. Yêu cầu" under it, each paragraph is one or the other by what it asks: how
        // the work is done (thiết thực, tiết kiệm, đúng quy định …) is a requirement, what it is for a purpose
        for (Line l : part.content) {
            boolean how = REQUIREMENT.matcher(Folding.fold(l.text())).find();
            (how ? requirements : purposes).add(new TextItem(bulletless(l.text()), source(l), 0.7));
        }
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
            // "1. Mục tiêu chung", "2. Mục tiêu cụ thể đến năm 2025"; not "… tiêm chủng …" in an objective of its own
            String f = Folding.fold(c.heading).replaceFirst("^muc tieu\\s*", "");
            String kind = f.matches("^(chung|tong quat|tong the)\\b.*") ? "GENERAL" : f.matches("^cu the\\b.*") ? "SPECIFIC" : null;
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
            Integer defaultYear = context != null ? context : targetYear;
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
        Matcher m = YEAR_OF.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    void collectReporting(Node node) {
        collectReporting(node, false);
    }

    private void collectReporting(Node node, boolean reportingPart) {
        List<Line> lines = new ArrayList<>();
        if (node.line != null) {
            lines.add(new Line(node.line.no(), node.heading));
        }
        lines.addAll(node.content);
        TaskTree.collect(node.children, lines);
        for (Line l : lines) {
            for (String sentence : l.text().split("(?<=[.;])\\s+(?=\\p{Lu})")) {
                if (Folding.fold(sentence).contains("bao cao")) {
                    String[] found = { sentence, String.valueOf(l.no()) };
                    if (reportingPart) {
                        reportingSentences.add(reportingPartSentences++, found);
                    } else {
                        reportingSentences.add(found);
                    }
                }
            }
        }
    }
}
