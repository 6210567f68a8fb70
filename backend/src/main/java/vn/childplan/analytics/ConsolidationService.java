package vn.childplan.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.childplan.common.Numbers;
import vn.childplan.document.Document;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.document.DocumentService;
import vn.childplan.indicator.Indicator;
import vn.childplan.indicator.IndicatorDtos.IndicatorRef;
import vn.childplan.indicator.TargetRepository;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.analytics.ConsolidationDtos.AgencyFigure;
import vn.childplan.analytics.ConsolidationDtos.AgencyNarrative;
import vn.childplan.analytics.ConsolidationDtos.AgencyStanding;
import vn.childplan.analytics.ConsolidationDtos.ConsolidationCounts;
import vn.childplan.analytics.ConsolidationDtos.ConsolidationDto;
import vn.childplan.analytics.ConsolidationDtos.FigureRow;
import vn.childplan.analytics.ConsolidationDtos.IndicatorFigures;
import vn.childplan.analytics.ConsolidationDtos.StoredValue;
import vn.childplan.analytics.ConsolidationDtos.TaskNarratives;
import vn.childplan.reportingcycle.Obligations.Held;
import vn.childplan.reportingcycle.ReportDtos.ObligationDto;
import vn.childplan.reportingcycle.ReportDtos.ObligationStatus;
import vn.childplan.reportingcycle.ReportDtos.Timeliness;
import vn.childplan.task.Assignment;
import vn.childplan.task.AssignmentRepository;
import vn.childplan.task.AssignmentRole;
import vn.childplan.task.Task;
import vn.childplan.task.TaskDtos.TaskRef;
import vn.childplan.task.TaskRepository;
import vn.childplan.period.Period;
import vn.childplan.reportingcycle.FigureKey;
import vn.childplan.reportingcycle.Report;
import vn.childplan.reportingcycle.ReportRepository;
import vn.childplan.reportingcycle.ReportStatus;
import vn.childplan.reportingcycle.ReportTaskNarrative;
import vn.childplan.reportingcycle.ReportFigures;
import vn.childplan.reportingcycle.ReportFigures.Seen;
import vn.childplan.reportingcycle.ReportValue;
import vn.childplan.reportingcycle.ReportingRegime;
import vn.childplan.reportingcycle.ReportingRegimeRepository;
import vn.childplan.value.IndicatorValue;
import vn.childplan.value.Suppression.Suppressed;
import vn.childplan.reportingcycle.Obligations;

/**
 * The consolidating agency's view of a plan for one period (tổng hợp báo cáo). A read model built from a fixed
 * number of statements however large the plan: the document (with the caller's scope), the regime, the plan's
 * assignments, its reports for the period, the narratives and the values of the counted reports, its tasks, its
 * targets' indicators and the stored values of those indicators for the period, and small-cell suppression's
 * ({@link ReportFigures}: one select when no indicator is sensitive). Only reports SUBMITTED or ACCEPTED at
 * the end of asOf count; obligations follow {@link Obligations}. A report's narratives and figures are those it holds
 * now (only their status has a history; they can change only while a report is DRAFT or RETURNED).
 */
@ApplicationScoped
public class ConsolidationService {
    private static final Set<ReportStatus> COUNTED = Set.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);

    private final DocumentService documents;
    private final ReportingRegimeRepository regimes;
    private final AssignmentRepository assignments;
    private final ReportRepository reports;
    private final TaskRepository tasks;
    private final TargetRepository targets;
    private final ReportFigures figures;

    public ConsolidationService(DocumentService documents, ReportingRegimeRepository regimes,
            AssignmentRepository assignments, ReportRepository reports, TaskRepository tasks, TargetRepository targets,
            ReportFigures figures) {
        this.documents = documents;
        this.regimes = regimes;
        this.assignments = assignments;
        this.reports = reports;
        this.tasks = tasks;
        this.targets = targets;
        this.figures = figures;
    }

    /**
     * The consolidation of document {@code documentId} (404 outside the caller's scope) for {@code periodCode}
     * (422 when the plan's regime lists no such periods), obligations judged on {@code asOf} (today when null).
     */
    @Transactional
    public ConsolidationDto consolidation(long documentId, String periodCode, LocalDate asOf) {
        Document d = documents.find(documentId);
        Period period = Period.parse(periodCode, "periodCode");
        ReportingRegime regime = regimes.requireFor(documentId, period, "periodCode");
        LocalDate deadline = regime.deadline(period);
        LocalDate day = asOf != null ? asOf : LocalDate.now(Obligations.VIETNAM);

        List<Assignment> assigned = assignments.list("from Assignment a join fetch a.agency g join fetch a.task t "
                + "where t.document.id = ?1 order by g.name, g.id", documentId);
        List<Report> written = reports.findFor(documentId, period.code());
        Map<Long, Held> held = reports.heldOn(written, day);
        Map<Long, Report> byAgency = written.stream().filter(r -> held.containsKey(r.id))
                .collect(Collectors.toMap(r -> r.agency.id, r -> r));
        List<Report> counted = byAgency.values().stream().filter(r -> COUNTED.contains(held.get(r.id).status())).toList();
        List<Long> countedIds = counted.stream().map(r -> r.id).toList();

        // agencies: owing ones by name, then those that reported without owing
        Map<Long, Agency> agencies = new LinkedHashMap<>();
        Map<Long, Set<String>> roles = new HashMap<>();
        Map<String, AssignmentRole> roleOnTask = new HashMap<>();
        for (Assignment a : assigned) {
            roles.computeIfAbsent(a.agency.id, k -> new TreeSet<>()).add(a.role.name());
            roleOnTask.put(a.task.id + "|" + a.agency.id, a.role);
            if (Obligations.OWING_ROLES.contains(a.role) && Obligations.owes(a.agency, period)) {
                agencies.putIfAbsent(a.agency.id, a.agency);
            }
        }
        Set<Long> owing = Set.copyOf(agencies.keySet());
        counted.stream().sorted(Comparator.comparing((Report r) -> r.agency.name).thenComparing(r -> r.agency.id))
                .forEach(r -> agencies.putIfAbsent(r.agency.id, r.agency));
        List<AgencyStanding> standings = new ArrayList<>();
        for (Agency g : agencies.values()) {
            List<String> its = List.copyOf(roles.getOrDefault(g.id, Set.of()));
            Report r = byAgency.get(g.id);
            ObligationDto o = Obligations.judge(g, its, r == null ? null : held.get(r.id), deadline, day);
            boolean counts = r != null && COUNTED.contains(held.get(r.id).status());
            standings.add(new AgencyStanding(o.agency(), its, owing.contains(g.id), o.status(), o.reportId(),
                    o.submittedAt(), o.timeliness(), owing.contains(g.id) && o.overdue(),
                    counts ? r.difficulties : null, counts ? r.proposals : null));
        }
        Map<Long, Integer> agencyOrder = new HashMap<>();
        agencies.keySet().forEach(id -> agencyOrder.put(id, agencyOrder.size()));

        return new ConsolidationDto(DocumentRef.of(d), period.type(), period.code(), period.start(), period.end(),
                deadline, AgencyRef.of(regime.consolidatingAgency), day, counts(standings), standings,
                tasks(documentId, countedIds, held, roleOnTask, agencyOrder),
                indicators(documentId, period, countedIds, held, agencyOrder));
    }

    private static ConsolidationCounts counts(List<AgencyStanding> standings) {
        List<AgencyStanding> owed = standings.stream().filter(AgencyStanding::owes).toList();
        return new ConsolidationCounts(owed.size(),
                count(owed, s -> s.status() == ObligationStatus.SUBMITTED || s.status() == ObligationStatus.ACCEPTED),
                count(owed, s -> s.status() == ObligationStatus.ACCEPTED),
                count(owed, s -> s.status() == ObligationStatus.RETURNED),
                count(owed, s -> s.timeliness() == Timeliness.LATE),
                count(owed, AgencyStanding::overdue));
    }

    private static int count(List<AgencyStanding> list, java.util.function.Predicate<AgencyStanding> p) {
        return (int) list.stream().filter(p).count();
    }

    /** Every task in tree order (siblings by position, then number) with the counted narratives, agencies in order. */
    private List<TaskNarratives> tasks(long documentId, List<Long> countedIds, Map<Long, Held> held,
            Map<String, AssignmentRole> roleOnTask, Map<Long, Integer> agencyOrder) {
        Map<Long, List<AgencyNarrative>> byTask = new HashMap<>();
        if (!countedIds.isEmpty()) {
            ReportTaskNarrative.<ReportTaskNarrative>list("from ReportTaskNarrative n join fetch n.report r "
                    + "join fetch r.agency where r.id in ?1", countedIds).stream()
                    .sorted(Comparator.comparing(n -> agencyOrder.get(n.report.agency.id)))
                    .forEach(n -> byTask.computeIfAbsent(n.task.id, k -> new ArrayList<>()).add(new AgencyNarrative(
                            AgencyRef.of(n.report.agency), roleOnTask.get(n.task.id + "|" + n.report.agency.id),
                            n.progress, n.narrative, n.report.id, held.get(n.report.id).status())));
        }
        List<Task> all = tasks.list("document.id = ?1 order by position, number", documentId);
        Map<Long, List<Task>> children = all.stream().filter(t -> t.parent != null)
                .collect(Collectors.groupingBy(t -> t.parent.id));
        List<TaskNarratives> out = new ArrayList<>();
        all.stream().filter(t -> t.parent == null).forEach(t -> walk(t, 0, children, byTask, out));
        return out;
    }

    private static void walk(Task t, int depth, Map<Long, List<Task>> children,
            Map<Long, List<AgencyNarrative>> byTask, List<TaskNarratives> out) {
        out.add(new TaskNarratives(TaskRef.of(t), depth, byTask.getOrDefault(t.id, List.of())));
        children.getOrDefault(t.id, List.of()).forEach(c -> walk(c, depth + 1, children, byTask, out));
    }

    /**
     * Every indicator of the plan's targets (in target order) with one row per unit and breakdown that a counted
     * report gives a figure for (by unit code, then breakdown), the figures agency by agency and the value stored
     * under the same key for the period.
     */
    private List<IndicatorFigures> indicators(long documentId, Period period, List<Long> countedIds,
            Map<Long, Held> held, Map<Long, Integer> agencyOrder) {
        Map<Long, Indicator> planIndicators = new LinkedHashMap<>();
        targets.list("from Target t join fetch t.indicator join fetch t.objective o where o.document.id = ?1 "
                + "order by o.position, o.id, t.id", documentId).forEach(t -> planIndicators.putIfAbsent(t.indicator.id,
                t.indicator));
        if (planIndicators.isEmpty()) {
            return List.of();
        }
        List<ReportValue> reported = countedIds.isEmpty() ? List.of() : ReportValue.<ReportValue>list(
                "from ReportValue v join fetch v.unit join fetch v.report r join fetch r.agency where r.id in ?1",
                countedIds);
        // only the reported units' values: the plan's indicators are reported across the whole country
        Seen seen = figures.of(reported, period.code(), List.copyOf(planIndicators.keySet()));
        Map<Long, Map<FigureKey, List<ReportValue>>> rows = new HashMap<>();
        reported.stream()
                .sorted(Comparator.comparing((ReportValue v) -> v.unit.code).thenComparing(v -> v.unit.id)
                        .thenComparing(v -> v.breakdown).thenComparing(v -> agencyOrder.get(v.report.agency.id)))
                .forEach(v -> rows.computeIfAbsent(v.indicator.id, k -> new LinkedHashMap<>())
                        .computeIfAbsent(FigureKey.of(v), k -> new ArrayList<>()).add(v));
        List<IndicatorFigures> out = new ArrayList<>();
        for (Indicator i : planIndicators.values()) {
            List<FigureRow> figureRows = new ArrayList<>();
            rows.getOrDefault(i.id, Map.of()).forEach((key, list) -> figureRows.add(row(list, seen.stored().get(key),
                    held, seen)));
            out.add(new IndicatorFigures(IndicatorRef.of(i), figureRows));
        }
        return out;
    }

    /**
     * One row: its figures and stored value as the caller may see them ({@link ReportFigures}); whether the figures
     * agree, and whether they conflict with the stored value, is not told when it would tell of a withheld number.
     */
    private static FigureRow row(List<ReportValue> list, IndicatorValue stored, Map<Long, Held> held, Seen seen) {
        ReportValue first = list.get(0);
        Suppressed hidden = seen.figures();
        List<AgencyFigure> figures = list.stream().map(v -> new AgencyFigure(AgencyRef.of(v.report.agency),
                v.report.id, held.get(v.report.id).status(), Numbers.plain(hidden.shown(v.id, v.value)),
                hidden.hides(v.id), hidden.of(v.id), v.note)).toList();
        boolean figureWithheld = list.stream().anyMatch(v -> hidden.hides(v.id));
        boolean storedWithheld = stored != null && seen.storedHidden().hides(stored.id);
        Boolean agree = figureWithheld ? null : list.stream().allMatch(v -> v.value.compareTo(first.value) == 0);
        StoredValue s = stored == null ? null : new StoredValue(stored.id,
                Numbers.plain(seen.storedHidden().shown(stored.id, stored.value)), storedWithheld,
                seen.storedHidden().of(stored.id), stored.status, stored.sourceKind, stored.sourceName, stored.reportId);
        Boolean conflict = figureWithheld || storedWithheld ? null
                : stored != null && list.stream().anyMatch(v -> v.value.compareTo(stored.value) != 0);
        return new FigureRow(UnitRef.of(first.unit), first.breakdown.sex(), first.breakdown.ageGroup(),
                first.breakdown.areaType(), figures,
                list.size() > 1, agree, s, conflict);
    }
}
