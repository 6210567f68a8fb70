package vn.childplan.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.childplan.audit.AuditService;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Problem;
import vn.childplan.common.Text;
import vn.childplan.common.Versions;
import vn.childplan.document.Document;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.document.DocumentRepository;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.orgunit.AgencyRepository;
import vn.childplan.reporting.ReportDtos.NarrativeInput;
import vn.childplan.reporting.ReportDtos.ObligationDto;
import vn.childplan.reporting.ReportDtos.ObligationStatus;
import vn.childplan.reporting.ReportDtos.ObligationsDto;
import vn.childplan.reporting.ReportDtos.ReportCreateInput;
import vn.childplan.reporting.ReportDtos.ReportDto;
import vn.childplan.reporting.ReportDtos.ReportInput;
import vn.childplan.reporting.ReportDtos.ReportSummaryDto;
import vn.childplan.reporting.ReportDtos.Timeliness;
import vn.childplan.security.Caller;
import vn.childplan.security.Roles;
import vn.childplan.task.Assignment;
import vn.childplan.task.AssignmentRepository;
import vn.childplan.task.AssignmentRole;
import vn.childplan.task.Task;
import vn.childplan.task.TaskRepository;

/**
 * Reports of agencies on plans and the obligations derived from a plan's assignments and reporting regime.
 * <p>
 * Who may do what: reading follows the plan's unit (404 outside it). A report's author is an officer of its agency
 * (token agency_code = the agency's code) or a planner of the plan's unit (or an admin); authors create, edit (while
 * DRAFT or RETURNED) and submit. Accepting and returning a SUBMITTED report is for the consolidating agency of the
 * regime of the report's period type (an officer whose agency_code is that agency's code) or a planner of the plan's
 * unit (or an admin). A caller who may not act answers 403; a move the state machine does not allow answers 409
 * INVALID_TRANSITION. Every change is audited, every move also recorded in report_transition.
 */
@ApplicationScoped
public class ReportService {
    static final String ENTITY = "report";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String WHAT = "Report";
    private static final Map<String, String> SORTS = Map.of("periodStart", "r.periodStart", "status", "r.status",
            "submittedAt", "r.submittedAt", "id", "r.id");

    private final ReportRepository reports;
    private final ReportingRegimeRepository regimes;
    private final DocumentRepository documents;
    private final AgencyRepository agencies;
    private final AssignmentRepository assignments;
    private final TaskRepository tasks;
    private final Caller caller;
    private final AuditService audit;

    public ReportService(ReportRepository reports, ReportingRegimeRepository regimes, DocumentRepository documents,
            AgencyRepository agencies, AssignmentRepository assignments, TaskRepository tasks, Caller caller,
            AuditService audit) {
        this.reports = reports;
        this.regimes = regimes;
        this.documents = documents;
        this.agencies = agencies;
        this.assignments = assignments;
        this.tasks = tasks;
        this.caller = caller;
        this.audit = audit;
    }

    // ---- obligations ---------------------------------------------------------------------------------------------

    /**
     * The report each agency with a LEAD or COORDINATE assignment in the plan owes for {@code periodCode}, and where
     * it stands on {@code asOf} (default today in Asia/Ho_Chi_Minh). The period's type must be one the plan's regime
     * lists (else 422).
     */
    @Transactional
    public ObligationsDto obligations(long documentId, String periodCode, LocalDate asOf) {
        Document d = documents.findByIdOptional(documentId).orElseThrow(() -> ApiException.notFound("Document", documentId));
        caller.requireRead(d.unit, "Document", documentId);
        Period period = Period.parse(periodCode, "periodCode");
        ReportingRegime regime = regimeFor(d, period, "periodCode");
        LocalDate deadline = regime.deadline(period);
        LocalDate day = asOf != null ? asOf : LocalDate.now(VIETNAM);

        Map<Long, Agency> owing = new LinkedHashMap<>();
        Map<Long, Set<String>> roles = new HashMap<>();
        List<Assignment> assigned = assignments.find("select a from Assignment a join fetch a.agency g join a.task t "
                + "where t.document.id = ?1 and a.role in ?2 order by g.name, g.id", documentId,
                List.of(AssignmentRole.LEAD, AssignmentRole.COORDINATE)).list();
        for (Assignment a : assigned) {
            owing.putIfAbsent(a.agency.id, a.agency);
            roles.computeIfAbsent(a.agency.id, k -> new TreeSet<>()).add(a.role.name());
        }
        Map<Long, Report> byAgency = reports.findFor(documentId, period.code()).stream()
                .collect(Collectors.toMap(r -> r.agency.id, r -> r));
        List<ObligationDto> items = new ArrayList<>();
        for (Agency g : owing.values()) {
            Report r = byAgency.get(g.id);
            boolean passed = day.isAfter(deadline);
            ObligationStatus status;
            if (r == null) {
                status = passed ? ObligationStatus.MISSING : ObligationStatus.DUE;
            } else {
                status = ObligationStatus.valueOf(r.status.name());
            }
            Instant submitted = r == null ? null : r.submittedAt;
            Timeliness timeliness = submitted == null ? null : timeliness(submitted, deadline);
            items.add(new ObligationDto(AgencyRef.of(g), List.copyOf(roles.get(g.id)), status,
                    r == null ? null : r.id, submitted, timeliness, submitted == null && passed));
        }
        return new ObligationsDto(DocumentRef.of(d), period.type(), period.code(), period.start(), period.end(),
                deadline, AgencyRef.of(regime.consolidatingAgency), day, items);
    }

    /**
     * A report submitted at {@code submitted} is ON_TIME until the end of the deadline day in Vietnam, LATE after it
     * (the dashboard counts with the same rule).
     */
    static Timeliness timeliness(Instant submitted, LocalDate deadline) {
        Instant deadlineEnd = deadline.plusDays(1).atStartOfDay(VIETNAM).toInstant();
        return submitted.isBefore(deadlineEnd) ? Timeliness.ON_TIME : Timeliness.LATE;
    }

    private ReportingRegime regimeFor(Document d, Period period, String field) {
        return regimes.findFor(d.id, period.type()).orElseThrow(() -> ApiException.rule(field, "the reporting regime "
                + "of this plan lists no " + period.type() + " reports; periods of " + listedTypes(d.id)
                + " are reported"));
    }

    private String listedTypes(long documentId) {
        List<String> types = regimes.find("document.id = ?1 order by periodType", documentId).list().stream()
                .map(r -> r.periodType.name()).toList();
        return types.isEmpty() ? "no type (the plan has no reporting regime yet)" : "type " + String.join(", ", types);
    }

    // ---- reads ---------------------------------------------------------------------------------------------------

    public Page<ReportSummaryDto> list(Long documentId, Long agencyId, String periodCode, ReportStatus status,
            PageParams page) {
        String code = periodCode == null ? null : Period.parse(periodCode, "periodCode").code();
        Filter f = new Filter()
                .and("d.id = :doc", "doc", documentId)
                .and("g.id = :agency", "agency", agencyId)
                .and("r.periodCode = :period", "period", code)
                .and("r.status = :status", "status", status);
        caller.restrict(f, "d.unit");
        return Page.of(reports.find(ReportRepository.FETCHED + " where " + f.query(),
                page.toSort(SORTS, "periodStart"), f.params()), page, ReportSummaryDto::of);
    }

    @Transactional
    public ReportDto get(long id) {
        Report r = reports.findFetched(id).orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireRead(r.document.unit, WHAT, id);
        return ReportDto.of(r);
    }

    // ---- writes --------------------------------------------------------------------------------------------------

    @Transactional
    public ReportDto create(ReportCreateInput in) {
        Document d = documents.findByIdOptional(in.documentId()).filter(x -> caller.canRead(x.unit))
                .orElseThrow(() -> ApiException.invalidReference("Document", in.documentId(), "documentId"));
        Agency g = agencies.findByIdOptional(in.agencyId()).filter(x -> caller.canRead(x.unit))
                .orElseThrow(() -> ApiException.invalidReference("Agency", in.agencyId(), "agencyId"));
        if (!editsPlan(d)) {
            if (!isOwnAgency(g)) {
                throw forbidden("agencyId", "officers create reports of their own agency only", "OwnAgency");
            }
            if (assignments.count("task.document.id = ?1 and agency.id = ?2", d.id, g.id) == 0) {
                throw forbidden("agencyId", "your agency has no assignment in this plan", "Assigned");
            }
        }
        Period period = Period.parse(in.periodCode(), "periodCode");
        regimeFor(d, period, "periodCode");
        Report r = new Report();
        r.document = d;
        r.agency = g;
        r.setPeriod(period);
        r.status = ReportStatus.DRAFT;
        // uq_report_period → 409 DUPLICATE (ProblemMappers) here rather than at commit
        reports.persistAndFlush(r);
        ReportDto after = ReportDto.of(r);
        audit.record(ENTITY, r.id, d.unit, null, after);
        return after;
    }

    @Transactional
    public ReportDto update(long id, int expectedVersion, ReportInput in) {
        Report r = find(id);
        requireAuthor(r);
        Versions.check(expectedVersion, r.version);
        if (r.status != ReportStatus.DRAFT && r.status != ReportStatus.RETURNED) {
            throw new ApiException(ErrorCode.INVALID_TRANSITION, "The report is " + r.status
                    + "; it can be edited only while DRAFT or RETURNED.");
        }
        ReportDto before = ReportDto.of(r);
        r.difficulties = Text.clean(in.difficulties());
        r.proposals = Text.clean(in.proposals());
        replaceNarratives(r, in.narratives() == null ? List.of() : in.narratives());
        // narratives are part of the report: any edit is a new version of it
        r.updatedAt = Instant.now();
        reports.flush();
        ReportDto after = ReportDto.of(r);
        audit.record(ENTITY, r.id, r.document.unit, before, after);
        return after;
    }

    /** Updates narratives in place by task (delete-then-insert of the same task would hit the unique key). */
    private void replaceNarratives(Report r, List<NarrativeInput> inputs) {
        Map<Long, NarrativeInput> wanted = new LinkedHashMap<>();
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            NarrativeInput n = inputs.get(i);
            if (wanted.putIfAbsent(n.taskId(), n) != null) {
                violations.add(new Problem.Violation("narratives[" + i + "].taskId",
                        "task " + n.taskId() + " is given twice; a report tells each task once", "UniqueInReport"));
            }
        }
        Map<Long, Task> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            tasks.find("id in ?1 and document.id = ?2", wanted.keySet(), r.document.id).list()
                    .forEach(t -> found.put(t.id, t));
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (!found.containsKey(inputs.get(i).taskId())) {
                violations.add(new Problem.Violation("narratives[" + i + "].taskId", "task " + inputs.get(i).taskId()
                        + " is not a task of this plan", "INVALID_REFERENCE"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(ErrorCode.RULE_VIOLATED, violations, violations.get(0).message());
        }
        r.narratives.removeIf(n -> !wanted.containsKey(n.task.id));
        Set<Long> kept = new HashSet<>();
        for (ReportTaskNarrative n : r.narratives) {
            NarrativeInput in = wanted.get(n.task.id);
            n.narrative = Text.clean(in.narrative());
            n.progress = in.progress() == null ? ReportProgress.IN_PROGRESS : in.progress();
            kept.add(n.task.id);
        }
        for (NarrativeInput in : wanted.values()) {
            if (!kept.contains(in.taskId())) {
                ReportTaskNarrative n = new ReportTaskNarrative();
                n.report = r;
                n.task = found.get(in.taskId());
                n.narrative = Text.clean(in.narrative());
                n.progress = in.progress() == null ? ReportProgress.IN_PROGRESS : in.progress();
                r.narratives.add(n);
            }
        }
    }

    /** DRAFT or RETURNED → SUBMITTED, by an author. */
    @Transactional
    public ReportDto submit(long id, int expectedVersion, String comment) {
        Report r = find(id);
        requireAuthor(r);
        Versions.check(expectedVersion, r.version);
        requireFrom(r, ReportStatus.SUBMITTED, ReportStatus.DRAFT, ReportStatus.RETURNED);
        return move(r, ReportStatus.SUBMITTED, comment);
    }

    /** SUBMITTED → ACCEPTED, by the consolidating agency or a planner of the plan. */
    @Transactional
    public ReportDto accept(long id, int expectedVersion, String comment) {
        Report r = find(id);
        requireConsolidator(r);
        Versions.check(expectedVersion, r.version);
        requireFrom(r, ReportStatus.ACCEPTED, ReportStatus.SUBMITTED);
        return move(r, ReportStatus.ACCEPTED, comment);
    }

    /** SUBMITTED → RETURNED with the reason, by the consolidating agency or a planner of the plan. */
    @Transactional
    public ReportDto giveBack(long id, int expectedVersion, String comment) {
        Report r = find(id);
        requireConsolidator(r);
        Versions.check(expectedVersion, r.version);
        requireFrom(r, ReportStatus.RETURNED, ReportStatus.SUBMITTED);
        return move(r, ReportStatus.RETURNED, comment);
    }

    private ReportDto move(Report r, ReportStatus to, String comment) {
        ReportDto before = ReportDto.of(r);
        Instant now = Instant.now();
        ReportTransition t = new ReportTransition();
        t.report = r;
        t.fromStatus = r.status;
        t.toStatus = to;
        t.bySubject = caller.subject();
        t.byName = caller.name();
        t.at = now;
        t.comment = Text.clean(comment);
        r.transitions.add(t);
        r.status = to;
        if (to == ReportStatus.SUBMITTED) {
            r.submittedAt = now;
        }
        reports.flush();
        ReportDto after = ReportDto.of(r);
        audit.record(ENTITY, r.id, r.document.unit, before, after);
        return after;
    }

    private static void requireFrom(Report r, ReportStatus to, ReportStatus... from) {
        for (ReportStatus s : from) {
            if (r.status == s) {
                return;
            }
        }
        throw new ApiException(ErrorCode.INVALID_TRANSITION, "A " + r.status + " report cannot become " + to
                + "; allowed from " + java.util.Arrays.toString(from) + ".");
    }

    private Report find(long id) {
        return reports.findFetched(id).orElseThrow(() -> ApiException.notFound(WHAT, id));
    }

    /** Admins, and planners of the plan's unit (or a unit above it). */
    private boolean editsPlan(Document d) {
        return caller.canEdit(d.unit);
    }

    private boolean isOwnAgency(Agency g) {
        return caller.is(Roles.OFFICER) && g.code != null && g.code.equals(caller.agencyCode());
    }

    private void requireAuthor(Report r) {
        if (editsPlan(r.document)) {
            return;
        }
        if (!isOwnAgency(r.agency) || !caller.canRead(r.document.unit)) {
            throw forbidden("agencyId", "only the reporting agency or a planner of the plan may edit or submit it",
                    "OwnAgency");
        }
    }

    private void requireConsolidator(Report r) {
        if (editsPlan(r.document)) {
            return;
        }
        Agency consolidating = regimes.findFor(r.document.id, r.periodType).map(x -> x.consolidatingAgency).orElse(null);
        if (consolidating == null || !isOwnAgency(consolidating) || !caller.canRead(r.document.unit)) {
            throw forbidden("status", "only the consolidating agency of the plan's reporting regime or a planner of "
                    + "the plan may accept or return a report", "Consolidator");
        }
    }

    private static ApiException forbidden(String field, String message, String rule) {
        return new ApiException(ErrorCode.FORBIDDEN, List.of(new Problem.Violation(field, message, rule)));
    }
}
