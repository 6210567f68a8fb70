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
 * A part of tasks read into its tree of tasks, with the assignments its lines state or its table's cells name; in
 * "Tổ chức thực hiện", the paragraph of each agency, numbered, lettered or as a dash.
 */
final class TaskTree {
    /** Words that open a label under a task ("a) Nhiệm vụ, giải pháp:", "b) Phân công thực hiện:"), not a sub-task. */
    private static final List<String> LABELS = List.of("nhiem vu", "giai phap", "noi dung", "phan cong", "co quan",
            "don vi", "chu tri", "phoi hop", "thoi gian", "tien do", "kinh phi", "san pham", "pham vi");
    private static final List<String> ASSIGNING_LABELS = List.of("phan cong", "co quan", "don vi", "chu tri", "phoi hop");

    /** "Thời gian thực hiện: Quý II/2024", "Tiến độ: …": when a task is done, folded. */
    private static final Pattern TIME = Pattern.compile("(thoi gian( thuc hien| hoan thanh)?|tien do( thuc hien)?|thoi han)\\s*:\\s*");
    private final AssignmentList assignments;

    TaskTree(AssignmentList assignments) {
        this.assignments = assignments;
    }

    TaskDraft task(Node node, String number, boolean organisation) {
        String title = title(node);
        String scope = null;
        String time = null;
        List<TaskDraft> children = new ArrayList<>();
        if (node.row != null) {
            rowAssignments(node, number);
            time = TaskTable.text(node.row.time()).isBlank() ? null : TaskTable.text(node.row.time());
        } else {
            List<Line> own = new ArrayList<>();
            own.add(new Line(node.line.no(), node.heading));
            own.addAll(node.content);
            for (int i = 0; i < own.size(); i++) {
                Line l = own.get(i);
                String f = Folding.fold(bulletless(l.text()));
                if (scope == null && (f.startsWith("tren pham vi") || f.startsWith("pham vi:") || f.startsWith("pham vi thuc hien"))) {
                    scope = bulletless(l.text()).replaceFirst("(?i)^phạm vi( thực hiện)?\\s*:\\s*", "").replaceAll("[.;]+$", "");
                }
                Matcher when = TIME.matcher(f);
                if (time == null && i > 0 && when.lookingAt()) {
                    time = bulletless(l.text()).substring(when.end()).strip().replaceAll("[.;]+$", "");
                }
                AgencyLabel agency = organisation && i > 0 ? AgencyLabel.of(l.text()) : null;
                if (agency != null) {
                    // "- Trạm Y tế xã: Tổ chức …": a paragraph of "Tổ chức thực hiện" written as a dash
                    agencyDuties(agency, List.of(new Line(l.no(), agency.duties())), number, source(l));
                } else {
                    assignments.read(l.text(), source(l), number, null);
                }
            }
        }
        for (Node c : node.children) {
            if (c.row != null) {
                children.add(task(c, number + "." + c.label, false));
                continue;
            }
            if (organisation && c.children.stream().anyMatch(g -> AgencyLabel.of(g.heading) != null)) {
                // "1. Trách nhiệm của các sở, ban, ngành" over "a) Sở Y tế: …": a group of agencies' paragraphs
                TaskDraft group = task(c, number, true);
                children.addAll(group.children());
                continue;
            }
            String f = Folding.fold(c.heading);
            String labelWord = LABELS.stream().filter(f::startsWith).findFirst().orElse(null);
            // "a) Nhiệm vụ, giải pháp:", "b) Phân công thực hiện": a label under a task; "1. Nhiệm vụ" under a part is a
            // task of its own, whose items are its sub-tasks
            boolean label = labelWord != null && (c.heading.contains(":") || (c.label.matches("[a-zđ]")
                    && List.of("nhiem vu", "giai phap", "phan cong").contains(labelWord) && c.heading.split("\\s+").length <= 5));
            AgencyLabel agency = organisation ? AgencyLabel.of(c.heading) : null;
            if (agency != null) {
                List<Line> lines = new ArrayList<>(List.of(new Line(c.line.no(), agency.duties())));
                lines.addAll(c.content);
                collect(c.children, lines);
                agencyDuties(agency, lines, number, c.source());
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
                    children.add(task(g, c.number() + "." + g.label, false));
                }
                if (labelWord.equals("pham vi") && scope == null && !inline.isBlank()) {
                    scope = inline.strip().replaceAll("[.;]+$", "");
                }
                if ((labelWord.equals("thoi gian") || labelWord.equals("tien do")) && time == null && !inline.isBlank()) {
                    time = inline.strip().replaceAll("[.;]+$", "");
                }
            } else {
                children.add(task(c, number + "." + c.label, false));
            }
        }
        return new TaskDraft(number, title, scope, time, children, node.source(), node.level == 1 ? 0.9 : 0.85);
    }

    /** A row of a task table: its "chủ trì" cell leads, each agency of its "phối hợp" cell coordinates. */
    private void rowAssignments(Node node, String number) {
        TaskTable.Row row = node.row;
        List<String> leads = Agencies.inCell(row.lead());
        // a column of the agencies that carry the task out ("Cơ quan thực hiện") names a lead only when it names one
        String role = row.leadNamed() || leads.size() == 1 ? "LEAD" : "COORDINATE";
        boolean consolidates = consolidates(Folding.fold(TaskTable.text(row.task())));
        for (String agency : leads) {
            assignments.add(agency, role, number, consolidates && role.equals("LEAD"), node.source(), 0.85);
        }
        for (String agency : Agencies.inCell(row.partners())) {
            assignments.add(agency, "COORDINATE", number, false, node.source(), 0.85);
        }
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

    /**
     * An agency's paragraph of "Tổ chức thực hiện": its role in the part (chủ trì → LEAD, "Đề nghị …" → REQUESTED, else
     * COORDINATE), whether it gathers the reports, and the agencies it works with.
     */
    private void agencyDuties(AgencyLabel agency, List<Line> lines, String number, PlanImportDtos.Source source) {
        StringBuilder all = new StringBuilder();
        lines.forEach(l -> all.append(' ').append(l.text()));
        String duties = Folding.fold(all.toString());
        String role = agency.requested() ? "REQUESTED" : duties.contains("chu tri") ? "LEAD" : "COORDINATE";
        boolean consolidates = consolidates(duties);
        for (String name : agency.names()) {
            assignments.add(name, role, number, consolidates, source, 0.85);
        }
        for (Line l : lines) {
            assignments.readPartners(l.text(), source(l), number);
        }
    }

    /**
     * Whether a text (folded) says its subject gathers the reports: "tổng hợp" or "tiếp nhận" with "báo cáo", but not
     * "báo cáo … về Sở Y tế để tổng hợp", where the one reported to gathers them.
     */
    static boolean consolidates(String folded) {
        String own = folded.replaceAll("\\b(ve|cho|toi|len|gui)\\b[^.;]*?\\bde (tong hop|tiep nhan)\\b", " ");
        return own.matches("(?s).*\\b(tong hop|tiep nhan)\\b.*") && own.contains("bao cao");
    }

    /**
     * The agencies a paragraph of "Tổ chức thực hiện" opens with: "Sở Tài chính: Bố trí …", "1. Sở Lao động - Thương
     * binh và Xã hội" (a heading that is nothing but the agency), "Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức
     * chính trị - xã hội tỉnh: Phối hợp …" (REQUESTED); with the duties after the colon.
     */
    record AgencyLabel(List<String> names, boolean requested, String duties) {
        /** Verbs that make the words after an agency a sentence; "các tổ chức" after it is a noun. */
        private static final Pattern SENTENCE = Pattern.compile("\\b(chu tri|phoi hop|thuc hien|trien khai|co trach nhiem|"
                + "tham muu|(?<!cac |va |, )to chuc|chi dao|xay dung|tham gia)\\b");
        /** "Sở Giáo dục và Đào tạo có trách nhiệm: …", "Công an tỉnh chịu trách nhiệm phòng ngừa …". */
        private static final Pattern RESPONSIBLE = Pattern.compile("^\\s*(co|chiu) trach nhiem\\b");
        /** "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức thành viên": one more body named after the first. */
        private static final Pattern AND_MORE = Pattern.compile("^\\s*(,|va)\\s+(?=\\S)");

        static AgencyLabel of(String text) {
            String t = bulletless(text);
            // "Trách nhiệm của Ủy ban nhân dân các xã, phường": the paragraph of the agency named
            t = Folding.fold(t).startsWith("trach nhiem cua ") ? t.substring("trach nhiem cua ".length()).strip() : t;
            boolean requested = Folding.fold(t).startsWith("de nghi ");
            String body = requested ? t.substring("de nghi ".length()).strip() : t;
            int colon = body.indexOf(':');
            // a remark in brackets ("Sở Y tế (cơ quan thường trực)") is no part of the name
            String label = (colon >= 0 ? body.substring(0, colon) : body).replaceAll("\\s*\\([^)]*\\)", "").strip()
                    .replaceAll("[.;]+$", "");
            String after = colon >= 0 ? body.substring(colon + 1).strip() : "";
            if (label.isEmpty() || label.split("\\s+").length > 20) {
                return null;
            }
            List<Agencies.Mention> found = Agencies.find(label);
            if (found.isEmpty() || found.get(0).start() != 0) {
                return null;
            }
            int end = found.get(found.size() - 1).end();
            String rest = Folding.fold(label.substring(end));
            List<String> names = found.stream().map(Agencies.Mention::name).toList();
            if (RESPONSIBLE.matcher(rest).find()) {
                // the agencies, then what they answer for
                return onlyAgencies(label.substring(0, end), found)
                        ? new AgencyLabel(names, requested, (label.substring(end) + " " + after).strip()) : null;
            }
            if (colon < 0 || SENTENCE.matcher(rest).find()) {
                // without a colon the heading must be nothing but the agencies, joined by commas or "và"
                return onlyAgencies(label, found) ? new AgencyLabel(names, requested, after) : null;
            }
            Matcher more = AND_MORE.matcher(rest);
            if (found.size() == 1 && more.find()) {
                names = List.of(found.get(0).name(), label.substring(end + more.end()).strip());
            } else if (found.size() == 1) {
                // "Các trường học trên địa bàn xã: …": the words before the colon are the agency's name as written
                names = List.of(label);
            }
            return new AgencyLabel(names, requested, after);
        }

        private static boolean onlyAgencies(String label, List<Agencies.Mention> found) {
            char[] between = Folding.fold(label).toCharArray();
            for (Agencies.Mention m : found) {
                java.util.Arrays.fill(between, m.start(), Math.min(between.length, m.end()), ' ');
            }
            return new String(between).replaceAll("\\b(va|cung)\\b|[,;\\s]", "").isEmpty();
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
