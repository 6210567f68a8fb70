package vn.childplan.planimport;

import static vn.childplan.planimport.Lines.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Signer signer = Signature.signer(lines, end, db, provenance);
        String field = db.get("linh vuc");
        PeriodDraft period = title == null ? null : Header.period(title, titleLines);
        if (title != null) {
            provenance.put("title", new Provenance(source(titleLines), 0.9));
        }
        if (period != null) {
            provenance.put("period", new Provenance(period.source(), period.confidence()));
        }
        Integer singleYear = period != null && period.from() != null && period.from().equals(period.to()) ? period.to() : null;

        List<ImplementsDraft> implementsDocs = new ArrayList<>();
        List<ReferenceDraft> references = new ArrayList<>();
        new Citations(catalogue, head).cites(titleLines, preamble, implementsDocs, references);

        Sections.Body body = Sections.parse(lines.subList(Math.min(bodyStart, end), end));
        warnings.addAll(body.warnings());
        if (body.root().children.isEmpty()) {
            warnings.add(new TextItem("No numbered parts (I., II. … or 1., 2. …) were found; no objectives, tasks or "
                    + "assignments are proposed", lines.isEmpty() ? null : Source.of(1, lines.size()), 1));
        }
        Parts parts = new Parts(catalogue, singleYear);
        for (Node part : Parts.partsOf(body.root())) {
            parts.read(part);
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
            if (Sections.isRomanHeading(lines.get(i).text())) {
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

    private static int indexOf(List<Line> lines, Line line) {
        return line.no() - lines.get(0).no();
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
