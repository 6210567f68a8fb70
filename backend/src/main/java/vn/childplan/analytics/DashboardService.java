package vn.childplan.analytics;

import io.smallrye.context.api.ManagedExecutorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Problem;
import vn.childplan.common.ReadReplica;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.document.DocumentKind;
import vn.childplan.document.DocumentStatus;
import vn.childplan.indicator.Direction;
import vn.childplan.indicator.IndicatorDtos.IndicatorRef;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.orgunit.AdminUnitDtos.UnitRef;
import vn.childplan.orgunit.AdminUnitRepository;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.orgunit.AgencyKind;
import vn.childplan.analytics.DashboardDtos.AgencyWork;
import vn.childplan.analytics.DashboardDtos.DashboardDto;
import vn.childplan.analytics.DashboardDtos.ReportAlert;
import vn.childplan.analytics.DashboardDtos.ReportCounts;
import vn.childplan.analytics.DashboardDtos.ReportStanding;
import vn.childplan.analytics.DashboardDtos.TargetAlert;
import vn.childplan.reportingcycle.Obligations.Held;
import vn.childplan.reportingcycle.Obligations.Move;
import vn.childplan.analytics.ProgressDtos.ProgressCounts;
import vn.childplan.security.Caller;
import vn.childplan.period.Period;
import vn.childplan.period.PeriodType;
import vn.childplan.reportingcycle.ReportStatus;
import vn.childplan.reportingcycle.ReportingRegime;
import vn.childplan.reportingcycle.Obligations;

/**
 * The dashboard of a unit: the plans of the unit and every unit below it, with the units that had become them by the
 * day asked for (by code, across reorganisations, as the caller's scope is), their targets by attainment, the reports owed in the current rounds by timeliness, and the
 * agencies with the most overdue work.
 * <p>
 * A fixed number of statements whatever the data size: the unit, the caller's scope, the unit's units (as the scope
 * reads them), and four set-based selects
 * (plans with their regimes, then by those plans' ids: targets with their latest value, assigned agencies with what
 * they owe and their overdue assignments, reports of the current rounds with their history). Targets are judged by
 * {@link Attainment} on the value {@link ProgressService} would pick (its join and order, shared; one covering-index
 * read per target; run on a connection of its own beside the others); reports by {@link Obligations}, each as it
 * stood at the end of asOf. The alerts name their plans and agencies from columns these statements read (REGIMES,
 * ASSIGNED), and their indicators by one more select of at most 20 rows (INDICATORS), which keeps the names out of
 * the targets' thousands of rows. The unit and the scope come from the primary; the selects run on the read
 * datasource ({@link ReadReplica}: the replicas in production).
 */
@ApplicationScoped
public class DashboardService {
    private static final int ALERTS = 20;
    private static final int AGENCIES = 10;

    /**
     * The plans in the dashboard with their regimes: of the units holding one of :codes (the unit's and those within
     * it, {@link AdminUnitRepository#codesWithin}); every plan when :everyPlan. The other statements take these
     * plans' ids (:plans), so the unit tree is walked once.
     */
    private static final String REGIMES = """
            SELECT d.id, d.period_from_year, d.period_to_year, r.period_type, r.deadline_day, r.deadline_month,
                   r.offset_days, r.period_numbers, d.number, d.kind, d.title, d.issued_on, d.status, d.unit_id
            FROM document d LEFT JOIN reporting_regime r ON r.document_id = d.id
            WHERE d.kind = 'PLAN' AND (:everyPlan
                OR d.unit_id IN (SELECT u.id FROM admin_unit u WHERE u.code = ANY (CAST(:codes AS varchar[]))))
            """;
    private static final String TARGETS = """
            SELECT t.id, p.id AS document_id, t.indicator_id, t.comparator, t.value, t.target_year, t.baseline_value,
                   t.baseline_year, i.direction, lv.value AS latest, lv.period_end
            FROM objective o
            JOIN target t ON t.objective_id = o.id
            JOIN indicator i ON i.id = t.indicator_id
            JOIN document p ON p.id = o.document_id
            LEFT JOIN LATERAL (SELECT v.value, v.period_end FROM indicator_value v
                               WHERE v.unit_id = p.unit_id AND %s
                               ORDER BY %s LIMIT 1) lv ON true
            WHERE o.document_id = ANY (CAST(:plans AS bigint[]))
            """.formatted(ProgressService.MATCHING_VALUE, ProgressService.LATEST_FIRST);
    /** The indicators of the target alerts, by id. */
    private static final String INDICATORS = "SELECT id, code, name_vi, name_en, unit FROM indicator"
            + " WHERE id = ANY (CAST(:ids AS bigint[]))";
    /**
     * Per plan and assigned agency: whether it owes reports (which periods: {@link Obligations#owes} of its last
     * day), and how many of its assignments are overdue.
     */
    private static final String ASSIGNED = """
            SELECT t.document_id, a.agency_id, g.name, bool_or(a.role IN ('LEAD', 'COORDINATE')) AS owes,
                   count(*) FILTER (WHERE a.due_on < :asOf AND a.status NOT IN ('DONE', 'CANCELLED')) AS overdue,
                   g.short_name, g.kind, g.unit_id, g.valid_to
            FROM task t JOIN assignment a ON a.task_id = t.id JOIN agency g ON g.id = a.agency_id
            WHERE t.document_id = ANY (CAST(:plans AS bigint[]))
            GROUP BY t.document_id, a.agency_id, g.name, g.short_name, g.kind, g.unit_id, g.valid_to
            """;
    /** The reports of the current rounds with their history up to the end of asOf (one row per move, in order). */
    private static final String REPORTS = """
            SELECT r.document_id, r.agency_id, r.period_code, r.id, r.created_at, t.to_status, t.at
            FROM report r LEFT JOIN report_transition t ON t.report_id = r.id AND t.at < :end
            WHERE r.document_id = ANY (CAST(:plans AS bigint[])) AND r.period_code = ANY (CAST(:periods AS varchar[]))
            ORDER BY t.at, t.id
            """;
    private final AdminUnitRepository units;
    private final Caller caller;
    private final ReadReplica replica;
    /** Runs the targets' statement on a read connection of its own: no context of the request is carried over. */
    private final ManagedExecutor parallel;

    public DashboardService(AdminUnitRepository units, Caller caller, ReadReplica replica,
            @ManagedExecutorConfig(propagated = {}, cleared = ThreadContext.ALL_REMAINING) ManagedExecutor parallel) {
        this.replica = replica;
        this.units = units;
        this.caller = caller;
        this.parallel = parallel;
    }

    /** One round of one plan: a period, its deadline. */
    private record Round(long documentId, Period period, LocalDate deadline) {
    }

    /**
     * The dashboard of {@code unitId} (the caller's unit when null; the whole country for administrators and
     * integration clients without a unit) on {@code asOf} (today in Vietnam when null).
     */
    @Transactional
    public DashboardDto dashboard(Long unitId, LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(Obligations.VIETNAM);
        AdminUnit unit = unit(unitId, day);
        // the unit's own and those that had become it by the day asked for (the 2025 Hải Phòng's include Hải Dương)
        String[] codes = unit == null ? new String[0] : units.codesWithin(unit.code, day).toArray(String[]::new);
        // the rest from the read datasource (ReadReplica: the replicas in production), in a read-only transaction
        return replica.read(db -> dashboard(db, unit, codes, day));
    }

    private DashboardDto dashboard(EntityManager db, AdminUnit unit, String[] codes, LocalDate day) {
        // the plans (named once, for the alerts) and the current rounds of their regimes
        Map<Long, DocumentRef> plans = new LinkedHashMap<>();
        List<Round> rounds = new ArrayList<>();
        for (Tuple r : rows(db.createNativeQuery(REGIMES, Tuple.class).setParameter("codes", codes)
                .setParameter("everyPlan", unit == null))) {
            long plan = id(r.get("id"));
            plans.putIfAbsent(plan, new DocumentRef(plan, r.get("number", String.class),
                    DocumentKind.valueOf(r.get("kind", String.class)), r.get("title", String.class),
                    ProgressService.date(r.get("issued_on")), DocumentStatus.valueOf(r.get("status", String.class)),
                    optionalId(r.get("unit_id"))));
            String periodType = r.get("period_type", String.class);
            if (periodType != null) {
                rounds.addAll(rounds(plan, integer(r.get("period_from_year")), integer(r.get("period_to_year")),
                        PeriodType.valueOf(periodType), integer(r.get("deadline_day")), integer(r.get("deadline_month")),
                        integer(r.get("offset_days")), (Integer[]) r.get("period_numbers"), day));
            }
        }
        String planIds = array(plans.keySet().stream().map(String::valueOf).toList());

        // the targets' statement, the longest (one index read per target), runs beside the others on its own
        // connection: at national scale this halves the wait on a machine with more than one core
        CompletableFuture<List<Tuple>> targetRows = parallel.supplyAsync(() -> replica.read(
                own -> rows(own.createNativeQuery(TARGETS, Tuple.class).setParameter("plans", planIds)
                        .setParameter("asOf", day))));

        Map<Long, List<Long>> owingByPlan = new HashMap<>();
        Map<Long, AgencyRef> agencyRefs = new HashMap<>();
        Map<Long, LocalDate> lastDays = new HashMap<>();
        Map<Long, int[]> work = new HashMap<>(); // agency → overdue assignments, missing, late
        for (Tuple r : rows(db.createNativeQuery(ASSIGNED, Tuple.class).setParameter("plans", planIds)
                .setParameter("asOf", day))) {
            long agency = id(r.get("agency_id"));
            agencyRefs.put(agency, new AgencyRef(agency, r.get("name", String.class), r.get("short_name", String.class),
                    AgencyKind.valueOf(r.get("kind", String.class)), optionalId(r.get("unit_id"))));
            lastDays.put(agency, ProgressService.date(r.get("valid_to")));
            if (r.get("owes", Boolean.class)) {
                owingByPlan.computeIfAbsent(id(r.get("document_id")), k -> new ArrayList<>()).add(agency);
            }
            int overdue = integer(r.get("overdue"));
            if (overdue > 0) {
                work.computeIfAbsent(agency, k -> new int[3])[0] += overdue;
            }
        }
        String periods = array(rounds.stream().map(r -> r.period().code()).distinct().toList());
        Map<String, Long> reports = new HashMap<>();
        Map<Long, Instant> created = new HashMap<>();
        List<Move> moves = new ArrayList<>();
        for (Tuple row : rows(db.createNativeQuery(REPORTS, Tuple.class).setParameter("plans", planIds)
                .setParameter("periods", periods).setParameter("end", Obligations.endOf(day)))) {
            long report = id(row.get("id"));
            reports.put(id(row.get("document_id")) + "/" + id(row.get("agency_id")) + "/"
                    + row.get("period_code", String.class), report);
            created.put(report, instant(row.get("created_at")));
            String to = row.get("to_status", String.class);
            if (to != null) {
                moves.add(new Move(report, ReportStatus.valueOf(to), instant(row.get("at"))));
            }
        }
        Map<Long, Held> held = Obligations.held(created, moves, day);

        // targets, judged one by one by the rule of plan progress
        List<AttainmentStatus> statuses = new ArrayList<>();
        record Alert(long targetId, long documentId, long indicatorId, AttainmentStatus attainment) {
        }
        List<Alert> alerts = new ArrayList<>();
        for (Tuple r : join(targetRows)) {
            BigDecimal latest = r.get("latest", BigDecimal.class);
            AttainmentStatus status = Attainment.evaluate(
                    vn.childplan.indicator.Comparator.valueOf(r.get("comparator", String.class)),
                    r.get("value", BigDecimal.class), integer(r.get("target_year")),
                    r.get("baseline_value", BigDecimal.class), integer(r.get("baseline_year")),
                    Direction.valueOf(r.get("direction", String.class)), latest == null ? null
                            : new Attainment.Observation(latest, ProgressService.date(r.get("period_end"))), day)
                    .status();
            statuses.add(status);
            if (status == AttainmentStatus.NOT_MET || status == AttainmentStatus.AT_RISK) {
                alerts.add(new Alert(id(r.get("id")), id(r.get("document_id")), id(r.get("indicator_id")), status));
            }
        }
        List<Alert> shown = alerts.stream().sorted(Comparator.comparing((Alert a) -> a.attainment() != AttainmentStatus.NOT_MET)
                .thenComparing(Alert::targetId)).limit(ALERTS).toList();
        Map<Long, IndicatorRef> indicators = new HashMap<>();
        for (Tuple r : rows(db.createNativeQuery(INDICATORS, Tuple.class)
                .setParameter("ids", array(shown.stream().map(a -> String.valueOf(a.indicatorId())).distinct().toList())))) {
            long indicator = id(r.get("id"));
            indicators.put(indicator, new IndicatorRef(indicator, r.get("code", String.class),
                    r.get("name_vi", String.class), r.get("name_en", String.class), r.get("unit", String.class)));
        }
        List<TargetAlert> targetAlerts = shown.stream().map(a -> new TargetAlert(a.targetId(), plans.get(a.documentId()),
                indicators.get(a.indicatorId()), a.attainment())).toList();

        int[] counts = new int[ReportStanding.values().length];
        List<ReportAlert> reportAlerts = new ArrayList<>();
        for (Round round : rounds) {
            for (long agency : owingByPlan.getOrDefault(round.documentId(), List.of())) {
                if (!Obligations.owes(lastDays.get(agency), round.period())) {
                    continue;
                }
                Held report = held.get(reports.get(round.documentId() + "/" + agency + "/" + round.period().code()));
                Instant submitted = report == null ? null : report.submittedAt();
                ReportStanding standing = submitted != null
                        ? ReportStanding.valueOf(Obligations.timeliness(submitted, round.deadline()).name())
                        : day.isAfter(round.deadline()) ? ReportStanding.MISSING : ReportStanding.DUE;
                counts[standing.ordinal()]++;
                if (standing == ReportStanding.MISSING || standing == ReportStanding.LATE) {
                    reportAlerts.add(new ReportAlert(plans.get(round.documentId()), agencyRefs.get(agency),
                            round.period().code(),
                            round.deadline(), standing, report == null ? null : report.reportId(), submitted));
                    work.computeIfAbsent(agency, k -> new int[3])[standing == ReportStanding.MISSING ? 1 : 2]++;
                }
            }
        }
        reportAlerts.sort(Comparator.comparing((ReportAlert a) -> a.standing() != ReportStanding.MISSING)
                .thenComparing(ReportAlert::deadline).thenComparingLong((ReportAlert a) -> a.document().id())
                .thenComparingLong((ReportAlert a) -> a.agency().id()));

        // out-of-scope agencies leave the ranking before it is cut, so the caller still sees up to ten of their own
        List<AgencyWork> agencies = work.entrySet().stream()
                .filter(e -> caller.canReadUnit(agencyRefs.get(e.getKey()).scopeUnitId()))
                .map(e -> new AgencyWork(e.getKey(), agencyRefs.get(e.getKey()).name(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[0] + e.getValue()[1] + e.getValue()[2],
                        agencyRefs.get(e.getKey()).scopeUnitId()))
                .sorted(Comparator.comparing(AgencyWork::total).reversed().thenComparing(AgencyWork::agencyId))
                .limit(AGENCIES).toList();

        ReportCounts reportCounts = new ReportCounts(counts[ReportStanding.ON_TIME.ordinal()],
                counts[ReportStanding.LATE.ordinal()], counts[ReportStanding.MISSING.ordinal()],
                counts[ReportStanding.DUE.ordinal()], java.util.Arrays.stream(counts).sum());
        return new DashboardDto(UnitRef.of(unit), day, plans.size(), ProgressCounts.of(statuses),
                targetAlerts, reportCounts,
                reportAlerts.stream().limit(ALERTS).toList(), agencies);
    }

    /**
     * The current rounds of one regime: among the periods it owes in the plan's years ({@link ReportingRegime#owed}),
     * the last whose deadline has passed on {@code day}, and the one after it if it has begun.
     */
    private static List<Round> rounds(long documentId, int fromYear, int toYear, PeriodType type, Integer deadlineDay,
            Integer deadlineMonth, Integer offsetDays, Integer[] periodNumbers, LocalDate day) {
        Round closed = null;
        for (int year = fromYear; year <= toYear; year++) {
            for (Period p : ReportingRegime.owed(type, periodNumbers, year)) {
                if (p.start().isAfter(day)) {
                    return closed == null ? List.of() : List.of(closed);
                }
                Round round = new Round(documentId, p, ReportingRegime.deadline(p, deadlineDay, deadlineMonth, offsetDays));
                if (!day.isAfter(round.deadline())) {
                    return closed == null ? List.of(round) : List.of(closed, round);
                }
                closed = round;
            }
        }
        return closed == null ? List.of() : List.of(closed);
    }

    /** The unit asked for (422 when absent or outside the caller's scope), else the caller's own. */
    private AdminUnit unit(Long unitId, LocalDate day) {
        if (unitId != null) {
            return units.findByIdOptional(unitId).filter(caller::canRead)
                    .orElseThrow(() -> ApiException.invalidReference("Administrative unit", unitId, "unitId"));
        }
        String own = caller.unitCode();
        if (own != null) {
            return units.find("code = ?1 and (validFrom is null or validFrom <= ?2) and (validTo is null or validTo >= ?2)",
                    own, day).firstResultOptional().orElseThrow(() -> ApiException.rule("unitId",
                            "your unit " + own + " was not in force on " + day + "; give the unit to show"));
        }
        if (caller.readsEverything()) {
            return null;
        }
        String message = "your token names no unit; give the unit to show";
        throw new ApiException(ErrorCode.INVALID_PARAMETER, List.of(new Problem.Violation("unitId", message, "Required")),
                "unitId", message);
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> rows(Query query) {
        return query.getResultList();
    }

    /** The rows of a statement run by {@link #parallel}, its failure rethrown as it was. */
    private static List<Tuple> join(CompletableFuture<List<Tuple>> rows) {
        try {
            return rows.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** A PostgreSQL array literal of ids or period codes (neither holds a comma, quote or brace). */
    private static String array(List<String> items) {
        return "{" + String.join(",", items) + "}";
    }

    private static long id(Object o) {
        return ((Number) o).longValue();
    }

    private static Long optionalId(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static Instant instant(Object o) {
        return o == null ? null : o instanceof Timestamp t ? t.toInstant()
                : o instanceof OffsetDateTime t ? t.toInstant() : (Instant) o;
    }
}
