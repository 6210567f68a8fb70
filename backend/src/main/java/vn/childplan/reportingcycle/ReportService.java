package vn.childplan.reportingcycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.childplan.audit.AuditedWrites;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Problem;
import vn.childplan.common.Text;
import vn.childplan.document.Document;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.document.DocumentRepository;
import vn.childplan.indicator.Indicator;
import vn.childplan.indicator.TargetRepository;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.orgunit.AdminUnitRepository;
import java.util.Collection;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.orgunit.AgencyRepository;
import vn.childplan.reportingcycle.ReportDtos.NarrativeInput;
import vn.childplan.reportingcycle.ReportDtos.ObligationDto;
import vn.childplan.reportingcycle.ReportDtos.ObligationsDto;
import vn.childplan.reportingcycle.ReportDtos.ReportCreateInput;
import vn.childplan.reportingcycle.ReportDtos.ReportDto;
import vn.childplan.reportingcycle.ReportDtos.ReportInput;
import vn.childplan.reportingcycle.ReportDtos.ReportSummaryDto;
import vn.childplan.reportingcycle.ReportDtos.ReportValueInput;
import vn.childplan.security.Caller;
import vn.childplan.task.Assignment;
import vn.childplan.task.AssignmentRepository;
import vn.childplan.task.Task;
import vn.childplan.task.TaskRepository;
import vn.childplan.period.Breakdown;
import vn.childplan.period.Period;
import vn.childplan.period.StoredPeriod;
import vn.childplan.value.IndicatorValueService;

/**
 * Reports of agencies on plans, their record keeping (create, edit with values and narratives) and the obligations
 * derived from a plan's assignments and reporting regime; the moves of the workflow are {@link ReportWorkflow}.
 * <p>
 * Who may do what ({@link Caller}): reading follows the plan's unit (404 outside it). A report's author is an officer
 * of its agency (token agency_code = the agency's code) or a planner of the plan's unit (or an admin); authors create,
 * edit (while DRAFT or RETURNED) and submit. Accepting and returning a SUBMITTED report is for the consolidating
 * agency of the regime of the report's period type or a planner of the plan's unit (or an admin). A caller who may
 * not act answers 403; a move the state machine does not allow answers 409 INVALID_TRANSITION. Every change is
 * audited ({@link vn.childplan.audit.AuditedWrites}), every move also recorded in report_transition.
 */
@ApplicationScoped
public class ReportService {
    static final String ENTITY = "report";
    private static final String WHAT = "Report";
    private static final Map<String, String> SORTS = Map.of("periodStart", "r." + StoredPeriod.START, "status", "r.status",
            "submittedAt", "r.submittedAt", "id", "r.id");

    private final ReportRepository reports;
    private final ReportingRegimeRepository regimes;
    private final DocumentRepository documents;
    private final AgencyRepository agencies;
    private final AssignmentRepository assignments;
    private final TaskRepository tasks;
    private final TargetRepository targets;
    private final AdminUnitRepository units;
    private final Caller caller;
    private final ReportFigures figures;
    private final AuditedWrites.Kind<Report, ReportDto> writes;

    public ReportService(ReportRepository reports, ReportingRegimeRepository regimes, DocumentRepository documents,
            AgencyRepository agencies, AssignmentRepository assignments, TaskRepository tasks, TargetRepository targets,
            AdminUnitRepository units, Caller caller, ReportFigures figures, AuditedWrites audited) {
        this.figures = figures;
        this.reports = reports;
        this.regimes = regimes;
        this.documents = documents;
        this.agencies = agencies;
        this.assignments = assignments;
        this.tasks = tasks;
        this.targets = targets;
        this.units = units;
        this.caller = caller;
        this.writes = audited.of(ENTITY, ReportDto::of, r -> r.document.unit,
                r -> caller.requireReportAuthor(r.document.unit, r.agency));
    }

    // ---- obligations ---------------------------------------------------------------------------------------------

    /**
     * The report each agency with a LEAD or COORDINATE assignment in the plan owes for {@code periodCode} (an agency
     * that ended before the period began owes none: {@link Obligations#owes}), and where it stood at the end of
     * {@code asOf} (default today in Asia/Ho_Chi_Minh). The period's type must be one the plan's regime lists (else
     * 422).
     */
    @Transactional
    public ObligationsDto obligations(long documentId, String periodCode, LocalDate asOf) {
        Document d = documents.findByIdOptional(documentId).orElseThrow(() -> ApiException.notFound("Document", documentId));
        caller.requireRead(d.unit, "Document", documentId);
        Period period = Period.parse(periodCode, "periodCode");
        ReportingRegime regime = regimes.requireFor(d.id, period, "periodCode");
        LocalDate deadline = regime.deadline(period);
        LocalDate day = asOf != null ? asOf : LocalDate.now(Obligations.VIETNAM);

        Map<Long, Agency> owing = new LinkedHashMap<>();
        Map<Long, Set<String>> roles = new HashMap<>();
        List<Assignment> assigned = assignments.find("select a from Assignment a join fetch a.agency g join a.task t "
                + "where t.document.id = ?1 and a.role in ?2 order by g.name, g.id", documentId,
                Obligations.OWING_ROLES).list();
        for (Assignment a : assigned) {
            if (Obligations.owes(a.agency, period)) {
                owing.putIfAbsent(a.agency.id, a.agency);
                roles.computeIfAbsent(a.agency.id, k -> new TreeSet<>()).add(a.role.name());
            }
        }
        Map<Long, Obligations.Held> byAgency = new HashMap<>();
        List<Report> written = reports.findFor(documentId, period.code());
        Map<Long, Obligations.Held> held = reports.heldOn(written, day);
        written.stream().filter(r -> held.containsKey(r.id)).forEach(r -> byAgency.put(r.agency.id, held.get(r.id)));
        List<ObligationDto> items = owing.values().stream()
                .map(g -> Obligations.judge(g, List.copyOf(roles.get(g.id)), byAgency.get(g.id), deadline, day))
                .toList();
        return new ObligationsDto(DocumentRef.of(d), period.type(), period.code(), period.start(), period.end(),
                deadline, AgencyRef.of(regime.consolidatingAgency), day, items);
    }

    // ---- reads ---------------------------------------------------------------------------------------------------

    public Page<ReportSummaryDto> list(Long documentId, Long agencyId, String periodCode, ReportStatus status,
            PageParams page) {
        String code = periodCode == null ? null : Period.parse(periodCode, "periodCode").code();
        Filter f = new Filter()
                .and("d.id = :doc", "doc", documentId)
                .and("g.id = :agency", "agency", agencyId)
                .and("r." + StoredPeriod.CODE + " = :period", "period", code)
                .and("r.status = :status", "status", status);
        caller.restrict(f, "d.unit");
        return Page.of(reports.find(ReportRepository.FETCHED + " where " + f.query(),
                page.toSort(SORTS, "periodStart"), f.params()), page, ReportSummaryDto::of);
    }

    @Transactional
    public ReportDto get(long id) {
        Report r = reports.findFetched(id).orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireRead(r.document.unit, WHAT, id);
        return seen(r);
    }

    /**
     * A report as the caller may see it: every answer holding one (its read, its edit and its moves) withholds the
     * figures {@link ReportFigures} withholds; the audit trail keeps them whole.
     */
    ReportDto seen(Report r) {
        return ReportDto.of(r, figures.of(r));
    }

    // ---- writes --------------------------------------------------------------------------------------------------

    @Transactional
    public ReportDto create(ReportCreateInput in) {
        Document d = documents.findByIdOptional(in.documentId()).filter(x -> caller.canRead(x.unit))
                .orElseThrow(() -> ApiException.invalidReference("Document", in.documentId(), "documentId"));
        Agency g = agencies.findByIdOptional(in.agencyId()).filter(x -> caller.canRead(x.unit))
                .orElseThrow(() -> ApiException.invalidReference("Agency", in.agencyId(), "agencyId"));
        caller.requireReportCreate(d.unit, g,
                () -> assignments.count("task.document.id = ?1 and agency.id = ?2", d.id, g.id) > 0);
        Period period = Period.parse(in.periodCode(), "periodCode");
        regimes.requireFor(d.id, period, "periodCode");
        Report r = new Report();
        r.document = d;
        r.agency = g;
        r.period = StoredPeriod.of(period);
        r.status = ReportStatus.DRAFT;
        // uq_report_period → 409 DUPLICATE (ReportingCycleConstraints) here rather than at commit
        return writes.create(r);
    }

    @Transactional
    public ReportDto update(long id, int expectedVersion, ReportInput in) {
        Report report = find(id);
        writes.update(report, expectedVersion, r -> {
            if (r.status != ReportStatus.DRAFT && r.status != ReportStatus.RETURNED) {
                throw new ApiException(ErrorCode.INVALID_TRANSITION, "The report is " + r.status
                        + "; it can be edited only while DRAFT or RETURNED.");
            }
            // values first: their checks run a native query, which flushes whatever is already changed and would
            // make this one edit two versions
            replaceValues(r, in.values() == null ? List.of() : in.values());
            r.difficulties = Text.clean(in.difficulties());
            r.proposals = Text.clean(in.proposals());
            replaceNarratives(r, in.narratives() == null ? List.of() : in.narratives());
            // narratives and values are part of the report: any edit is a new version of it
            r.updatedAt = Instant.now();
        });
        return seen(report);
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

    /**
     * Replaces the report's figures by {@code inputs}, updating in place by key (indicator, unit, breakdown) as
     * delete-then-insert of the same key would hit the unique key. Every row is checked first: the indicator is one
     * of the plan's target indicators, the unit is the plan's unit or below it and stood during the report's period,
     * a % lies in 0–100, a key comes once, a figure without a value is one the report holds (it is kept: how a
     * caller re-sends a figure withheld from them); all violations are reported, named values[i].field.
     */
    private void replaceValues(Report r, List<ReportValueInput> inputs) {
        Period period = r.period.toPeriod();
        Map<Long, Indicator> planIndicators = new HashMap<>();
        Map<Long, AdminUnit> found = new HashMap<>();
        if (!inputs.isEmpty()) {
            targets.list("from Target t join fetch t.indicator where t.objective.document.id = ?1", r.document.id)
                    .forEach(t -> planIndicators.put(t.indicator.id, t.indicator));
            units.list("id in ?1", inputs.stream().map(ReportValueInput::unitId).distinct().toList())
                    .forEach(u -> found.put(u.id, u));
        }
        Set<String> planUnits = r.document.unit == null || found.isEmpty() ? null : units.codesWithin(r.document.unit.code, period.end());
        Map<FigureKey, ReportValueInput> wanted = new LinkedHashMap<>();
        Set<FigureKey> held = new HashSet<>();
        r.values.forEach(v -> held.add(FigureKey.of(v)));
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ReportValueInput v = inputs.get(i);
            String at = "values[" + i + "].";
            Indicator indicator = planIndicators.get(v.indicatorId());
            AdminUnit unit = found.get(v.unitId());
            if (indicator == null) {
                violations.add(new Problem.Violation(at + "indicatorId", "indicator " + v.indicatorId()
                        + " is not an indicator of this plan's targets", "PlanIndicator"));
            } else if (v.value() != null && !IndicatorValueService.withinRange(indicator, v.value())) {
                violations.add(new Problem.Violation(at + "value", IndicatorValueService.PERCENT_RANGE, "RULE_VIOLATED"));
            }
            if (unit == null) {
                violations.add(new Problem.Violation(at + "unitId", "Administrative unit " + v.unitId()
                        + " does not exist", "INVALID_REFERENCE"));
            } else if (planUnits != null && !planUnits.contains(unit.code)) {
                violations.add(new Problem.Violation(at + "unitId", "unit " + unit.code + " (" + unit.name
                        + ") is not the plan's unit or a unit below it", "PlanUnit"));
            } else if (!IndicatorValueService.existedDuring(unit, period)) {
                violations.add(new Problem.Violation(at + "unitId", IndicatorValueService.notExisting(unit, period),
                        "UnitExisted"));
            }
            FigureKey key = new FigureKey(v.indicatorId(), v.unitId(), breakdown(v));
            if (v.value() == null && !held.contains(key)) {
                violations.add(new Problem.Violation(at + "value", "must not be null: the report holds no figure "
                        + "under this indicator, unit and breakdown to keep", "NotNull"));
            }
            if (wanted.putIfAbsent(key, v) != null) {
                violations.add(new Problem.Violation(at + "unitId", "repeats the indicator, unit, sex, age group and area "
                        + "type of an earlier value; a report gives each figure once", "UniqueInReport"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(ErrorCode.RULE_VIOLATED, violations, violations.get(0).message());
        }
        r.values.removeIf(v -> !wanted.containsKey(FigureKey.of(v)));
        for (ReportValue v : r.values) {
            ReportValueInput in = wanted.remove(FigureKey.of(v));
            if (in.value() != null) {
                v.value = in.value();
            }
            v.note = Text.clean(in.note());
        }
        for (ReportValueInput in : wanted.values()) {
            ReportValue v = new ReportValue();
            v.report = r;
            v.indicator = planIndicators.get(in.indicatorId());
            v.unit = found.get(in.unitId());
            v.breakdown = breakdown(in);
            v.value = in.value();
            v.note = Text.clean(in.note());
            r.values.add(v);
        }
    }

    private static Breakdown breakdown(ReportValueInput v) {
        return Breakdown.of(v.sex(), v.ageGroup(), v.areaType());
    }

    /** The reports of {@code agencyId} never submitted (what it still owes, begun), fetched, by plan and period. */
    public List<Report> unsubmittedOf(long agencyId) {
        return reports.list(ReportRepository.FETCHED + " where g.id = ?1 and r.submittedAt is null order by d.id, r."
                + StoredPeriod.CODE, agencyId);
    }

    /** The reports of {@code agencyIds} on {@code documentIds}, fetched. */
    public List<Report> ofAgencies(Collection<Long> documentIds, Collection<Long> agencyIds) {
        return documentIds.isEmpty() || agencyIds.isEmpty() ? List.of()
                : reports.list(ReportRepository.FETCHED + " where d.id in ?1 and g.id in ?2", documentIds, agencyIds);
    }

    /** Gives a report never submitted to {@code agency}, audited. */
    public ReportDto reassign(Report r, Agency agency) {
        return writes.update(r, r.version, x -> x.agency = agency);
    }

    /** The writes of reports, for the workflow's moves too. */
    AuditedWrites.Kind<Report, ReportDto> writes() {
        return writes;
    }

    /** The report if the caller may read it; 404 otherwise, whether it exists or not. */
    public Report readable(long id) {
        Report r = find(id);
        caller.requireRead(r.document.unit, WHAT, id);
        return r;
    }

    /**
     * Whether small-cell suppression withholds any of {@code r}'s figures from the caller ({@link ReportFigures}):
     * what stands behind the figures, the report's evidence, is withheld too.
     */
    public boolean withheld(Report r) {
        return !figures.of(r).byValueId().isEmpty();
    }

    /** 403 unless the caller may edit {@code r} (its agency's officers, planners of the plan, admins). */
    public void requireEdit(Report r) {
        writes.requireEdit(r);
    }

    Report find(long id) {
        return reports.findFetched(id).orElseThrow(() -> ApiException.notFound(WHAT, id));
    }
}
