package vn.childplan.planimport;

import static vn.childplan.planimport.Lines.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.childplan.planimport.Lines.Line;
import vn.childplan.planimport.PlanImportDtos.AssignmentDraft;
import vn.childplan.planimport.PlanImportDtos.DocumentDraft;
import vn.childplan.planimport.PlanImportDtos.ImplementsDraft;
import vn.childplan.planimport.PlanImportDtos.PeriodDraft;
import vn.childplan.planimport.PlanImportDtos.PlanDraft;
import vn.childplan.planimport.PlanImportDtos.Provenance;
import vn.childplan.planimport.PlanImportDtos.ReferenceDraft;
import vn.childplan.planimport.PlanImportDtos.ReportingDraft;
import vn.childplan.planimport.PlanImportDtos.Signer;
import vn.childplan.planimport.PlanImportDtos.Source;
import vn.childplan.planimport.PlanImportDtos.TargetDraft;
import vn.childplan.planimport.PlanImportDtos.TextItem;
import vn.childplan.planimport.Sections.Node;

/**
 * Reads a plan document's text into a draft by the conventions of Vietnamese administrative documents (Nghị định
 * 30/2020/NĐ-CP on their form): the legal-database block some copies start with, the official header (issuer,
 * "Số: …", "place, ngày … tháng … năm …"), the kind and title, the preamble ("Căn cứ …" cites, "Thực hiện …" and
 * "Triển khai …" implement), the numbered parts, whose headings say what they hold (Mục tiêu, Mục đích - Yêu cầu,
 * Nhiệm vụ / Giải pháp, Kinh phí, Tổ chức thực hiện, Chế độ báo cáo), then "Nơi nhận" and the signature. Nothing here
 * depends on a particular plan's wording; what the text does not say stays null or empty.
 * <p>
 * Entity-free: the catalogue (documents, indicators, agencies the caller may read) is asked through {@link Catalogue}.
 */
final class PlanExtractor {
    /** What the draft is linked to: records of ChildPlan the caller may read; null when none matches. */
    interface Catalogue {
        Long documentId(String number);

        Long indicatorId(String name);

        Long agencyId(String name);
    }

    private static final Pattern APPENDIX = Pattern.compile("(?i)^phụ lục(?:\\s+số)?\\s*([IVX]+|\\d+)?\\s*[:.\\-–]?\\s*(.*)$",
            Pattern.UNICODE_CASE);
    private final Catalogue catalogue;
    private final List<TextItem> warnings = new ArrayList<>();

    private PlanExtractor(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    static PlanDraft extract(String text, Catalogue catalogue) {
        return new PlanExtractor(catalogue).run(Lines.of(text));
    }

    private PlanDraft run(List<Line> lines) {
        Header head = new Header(warnings);
        int bodyStart = firstPart(lines);
        int end = Signature.bodyEnd(lines, bodyStart);
        int kindLine = Header.kindLine(lines, bodyStart);
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        Map<String, String> db = Header.databaseFields(lines, kindLine < 0 ? Math.min(bodyStart, 40) : kindLine, provenance);

        // the title: the lines after the kind that are capitals or bold, or one line before the preamble
        List<Line> titleLines = Header.titleLines(lines, kindLine, bodyStart);
        String title = titleLines.isEmpty() ? null : Header.titleText(titleLines);
        int preambleFrom = titleLines.isEmpty() ? kindLine + 1 : indexOf(lines, titleLines.get(titleLines.size() - 1)) + 1;
        // without a kind line the header and the preamble cannot be told apart by position: both are read from the top
        List<Line> header = lines.subList(0, kindLine < 0 ? Math.min(bodyStart, lines.size()) : kindLine);
        List<Line> preamble = lines.subList(Math.max(0, preambleFrom), Math.max(Math.max(0, preambleFrom), bodyStart));

        String number = head.number(header, db, provenance);
        String kind = Header.kind(lines, kindLine, number, db, provenance);
        LocalDate issuedOn = head.issuedOn(header, db, provenance);
        String issuer = Header.issuer(header, preamble, db, provenance);
        Signer signer = Signature.signer(lines, end, bodyStart, db, provenance);
        String field = db.get("linh vuc");
        PeriodDraft period = title == null ? null : Header.period(title, titleLines);
        if (title != null) {
            provenance.put("title", new Provenance(source(titleLines), 0.9));
        }
        if (period != null) {
            provenance.put("period", new Provenance(period.source(), period.confidence()));
        }
        // a target that names no year is one for the end of the period the plan covers
        Integer targetYear = period != null ? period.to() : null;

        List<ImplementsDraft> implementsDocs = new ArrayList<>();
        List<ReferenceDraft> references = new ArrayList<>();
        new Citations(catalogue, head).cites(titleLines, preamble, implementsDocs, references);

        Sections.Body body = Sections.parse(lines.subList(Math.min(bodyStart, end), end));
        warnings.addAll(body.warnings());
        if (body.root().children.isEmpty()) {
            warnings.add(new TextItem("No numbered parts (I., II. … or 1., 2. …) were found; no objectives, tasks or "
                    + "assignments are proposed", lines.isEmpty() ? null : Source.of(1, lines.size()), 1));
        }
        Parts parts = new Parts(catalogue, targetYear);
        for (Node part : Parts.partsOf(body.root())) {
            parts.read(part);
        }
        for (Node appendix : appendices(lines, end)) {
            parts.readAppendix(appendix);
        }
        if (parts.reportingSentences.isEmpty()) {
            // no part on reporting or on organising the work: the regime may be stated anywhere in the body
            parts.collectReporting(body.root());
        }
        List<TargetDraft> allTargets = new ArrayList<>();
        parts.objectives.forEach(o -> allTargets.addAll(o.targets()));
        ReportingDraft reporting = Reporting.of(parts.reportingSentences, parts.assignments); // it marks the consolidating agency's assignments
        List<AssignmentDraft> assignments = parts.assignments.list();
        leadWarnings(assignments);
        numberWarnings(parts.tasks, new LinkedHashMap<>());

        Source docSource = lines.isEmpty() ? null : Source.of(1, Math.max(1, header.isEmpty() ? 1 : header.get(header.size() - 1).no()));
        DocumentDraft document = new DocumentDraft(number, kind, title, issuedOn, issuer, signer, field, period, docSource,
                provenance.values().stream().mapToDouble(Provenance::confidence).average().orElse(0), provenance);
        return new PlanDraft(document, implementsDocs, references, parts.purposes, parts.requirements, parts.objectives,
                allTargets, parts.tasks, assignments, parts.funding, reporting, NamedThings.recurring(lines, end),
                NamedThings.external(lines, end), warnings);
    }

    // -- the document's layout ------------------------------------------------------------------------------------

    private static int firstPart(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (Sections.isRomanHeading(lines.get(i).text()) || Sections.isDivision(lines.get(i).text())) {
                return i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (Sections.isNumbered(lines.get(i).text())) {
                return i;
            }
        }
        return lines.size();
    }

    /** Where a line is in the list: a layout table's cells are lines of their own under the row's number. */
    private static int indexOf(List<Line> lines, Line line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == line) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The appendices after the body ("PHỤ LỤC", "Phụ lục II: …"), each a part of its own numbered PL (PLII, PL2 when
     * there are several) under the title that follows its heading; a remark in brackets ("(Kèm theo Kế hoạch số …)")
     * is no title.
     */
    private List<Node> appendices(List<Line> lines, int end) {
        List<Integer> starts = new ArrayList<>();
        for (int i = end; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (APPENDIX.matcher(l.text()).matches() && (Folding.upperCase(l.text()) || l.emphasised())) {
                starts.add(i);
            }
        }
        List<Node> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int at = starts.get(k);
            int stop = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            Line heading = lines.get(at);
            Matcher m = APPENDIX.matcher(heading.text());
            m.matches();
            String numeral = m.group(1) == null ? "" : m.group(1).replaceFirst("^0+(?=\\d)", "");
            StringBuilder title = new StringBuilder(m.group(2).strip());
            int i = at + 1;
            while (i < stop && lines.get(i).blank()) {
                i++;
            }
            while (title.isEmpty() && i < stop && !lines.get(i).blank() && !lines.get(i).text().startsWith("(")
                    && !TaskTable.isRow(lines.get(i).text()) && (Folding.upperCase(lines.get(i).text()) || lines.get(i).emphasised())) {
                title.append(title.isEmpty() ? "" : " ").append(lines.get(i++).text());
            }
            String text = title.isEmpty() ? heading.text() : title.toString();
            Node part = new Node(1, "PL" + numeral, Folding.upperCase(text) ? Folding.sentenceCase(text) : text, heading);
            Sections.Body body = Sections.parse(lines.subList(i, stop));
            warnings.addAll(body.warnings());
            part.content.addAll(body.root().content);
            for (Node c : body.root().children) {
                c.parent = part;
                part.children.add(c);
            }
            part.last = lines.get(stop - 1).no();
            out.add(part);
        }
        return out;
    }

    /** Two tasks read with one number (two tables numbered from 1 in one part): the planner renumbers one to save. */
    private void numberWarnings(List<PlanImportDtos.TaskDraft> tasks, Map<String, Source> seen) {
        for (PlanImportDtos.TaskDraft t : tasks) {
            Source first = seen.putIfAbsent(t.number(), t.source());
            if (first != null) {
                warnings.add(new TextItem("Two tasks are numbered " + t.number() + " (lines " + first.from() + " and "
                        + t.source().from() + "); a plan's task numbers are unique, so one is renumbered before saving",
                        t.source(), 1));
            }
            numberWarnings(t.children(), seen);
        }
    }

    private void leadWarnings(List<AssignmentDraft> assignments) {
        Map<String, List<AssignmentDraft>> leads = new LinkedHashMap<>();
        assignments.stream().filter(a -> a.role().equals("LEAD"))
                .forEach(a -> leads.computeIfAbsent(a.taskNumber(), k -> new ArrayList<>()).add(a));
        leads.forEach((task, list) -> {
            if (list.size() > 1) {
                Source where = list.stream().map(AssignmentDraft::source).reduce(Source::join).orElse(null);
                warnings.add(new TextItem("Task " + task + " has " + list.size() + " lead agencies (" + String.join("; ",
                        list.stream().map(AssignmentDraft::agency).toList()) + "); a task keeps one LEAD when it is saved",
                        where, 1));
            }
        });
    }
}
