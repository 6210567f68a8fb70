package vn.childplan.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.childplan.notification.NotificationDtos.ReminderRun;
import vn.childplan.orgunit.Agency;
import vn.childplan.period.Period;
import vn.childplan.period.StoredPeriod;
import vn.childplan.reportingcycle.Obligations;
import vn.childplan.reportingcycle.Obligations.Held;
import vn.childplan.reportingcycle.ReportDtos.ObligationDto;
import vn.childplan.reportingcycle.ReportDtos.ObligationStatus;
import vn.childplan.reportingcycle.ReportRepository;
import vn.childplan.reportingcycle.ReportRepository.HeldReport;
import vn.childplan.reportingcycle.ReportingRegime;
import vn.childplan.reportingcycle.ReportingRegimeRepository;
import vn.childplan.task.Assignment;
import vn.childplan.task.AssignmentRepository;
import vn.childplan.task.WorkStatus;

/**
 * The daily reminders. What is owed and when it is late is the reporting cycle's own rule: every period a plan's
 * regime owes ({@link ReportingRegime#owed}) with its deadline ({@link ReportingRegime#deadline}), owed by the
 * agencies with an owing role ({@link Obligations#OWING_ROLES}) that owe that period ({@link Obligations#owes}: not
 * one that ended before it began), judged as each report stands at the end of the day ({@link Obligations#judge});
 * an assignment is past due as the dashboard counts it (due date passed, neither DONE nor CANCELLED). An agency that
 * has ended is reminded of nothing ({@link Obligations#reminded}). On a day it reminds
 * <ul>
 * <li>the officers of the agency of each report still to send (no report, a draft or a returned one) 7, 3 and 1
 * days before its deadline;
 * <li>the officers of the agency, of the plan's consolidating agency and the plan's planners (those of the plan's
 * unit) of each report overdue ({@link ObligationDto#overdue()}) and each assignment past due, 1, 7, 14 and 30 days
 * after the deadline: often enough to be acted on, and not every day for an obligation abandoned years ago.
 * </ul>
 * Recipients are the user profiles ({@code user_profile}) with the role and code. Each reminder is one row per
 * recipient, obligation and day (a unique key), so a second run of a day writes and sends nothing; the run holds a
 * PostgreSQL advisory lock for its transaction, so replicas started at the same moment do not both work.
 */
@ApplicationScoped
public class ReminderService {
    /** The advisory lock's key: any constant no other feature uses. */
    static final long LOCK = 0x4348_5245_4D49_4E44L;
    private static final Set<Long> DAYS_BEFORE = Set.of(7L, 3L, 1L);
    private static final Set<Long> DAYS_AFTER = Set.of(1L, 7L, 14L, 30L);
    private static final Set<ObligationStatus> STILL_TO_SEND = Set.of(ObligationStatus.DUE, ObligationStatus.DRAFT,
            ObligationStatus.RETURNED);

    /** One obligation to remind of: whose, which, and to whom beyond the agency's officers when it is late. */
    record Reminder(NotificationKind kind, String key, long documentId, Agency agency, Long taskId, String periodCode,
            LocalDate deadline, String consolidatorCode, String planUnitCode) {
        boolean late() {
            return kind != NotificationKind.REPORT_DUE;
        }
    }

    private final EntityManager em;
    private final ReportingRegimeRepository regimes;
    private final AssignmentRepository assignments;
    private final ReportRepository reports;
    private final ReminderMail mail;
    private final ReminderMetrics metrics;

    public ReminderService(EntityManager em, ReportingRegimeRepository regimes, AssignmentRepository assignments,
            ReportRepository reports, ReminderMail mail, ReminderMetrics metrics) {
        this.em = em;
        this.regimes = regimes;
        this.assignments = assignments;
        this.reports = reports;
        this.mail = mail;
        this.metrics = metrics;
    }

    /**
     * Runs the reminders of {@code today}: writes the notifications in one transaction, then sends the e-mail of
     * those it wrote (after the commit, so a mail server that fails loses no notification).
     */
    public ReminderRun run(LocalDate today) {
        List<Long> written = QuarkusTransaction.requiringNew().call(() -> write(today));
        if (written == null) {
            return new ReminderRun(today, false, 0, 0);
        }
        ReminderRun run = new ReminderRun(today, true, written.size(), mail.send(written));
        metrics.ran(run);
        return run;
    }

    /** The ids of the notifications written; null when another run holds the lock. */
    private List<Long> write(LocalDate today) {
        boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK).getSingleResult();
        if (!locked) {
            return null;
        }
        List<Reminder> due = new ArrayList<>(reports(today));
        due.addAll(assignments(today));
        List<Long> written = new ArrayList<>();
        Instant now = Instant.now();
        for (Reminder r : due) {
            written.addAll(insert(r, today, now));
        }
        return written;
    }

    private List<Reminder> reports(LocalDate today) {
        List<ReportingRegime> listed = regimes.list(ReportingRegimeRepository.FETCHED + " left join fetch d.unit");
        if (listed.isEmpty()) {
            return List.of();
        }
        List<Long> docs = listed.stream().map(r -> r.document.id).distinct().toList();
        Map<Long, Map<Long, Agency>> owing = new HashMap<>();
        for (Assignment a : assignments.list("from Assignment a join fetch a.agency g join fetch a.task t"
                + " where t.document.id in ?1 and a.role in ?2 order by g.id", docs, Obligations.OWING_ROLES)) {
            owing.computeIfAbsent(a.task.document.id, k -> new LinkedHashMap<>()).putIfAbsent(a.agency.id, a.agency);
        }
        Map<String, Held> held = new HashMap<>();
        for (HeldReport x : reports.heldWhere("r.document.id in :docs and r." + StoredPeriod.START + " <= :today",
                Map.of("docs", docs, "today", today), today)) {
            held.put(key(x.documentId(), x.agencyId(), x.periodCode()), x.held());
        }
        List<Reminder> out = new ArrayList<>();
        for (ReportingRegime regime : listed) {
            for (int year = regime.document.periodFromYear; year <= regime.document.periodToYear; year++) {
                for (Period p : regime.owed(year)) {
                    LocalDate deadline = regime.deadline(p);
                    long days = ChronoUnit.DAYS.between(today, deadline);
                    boolean before = DAYS_BEFORE.contains(days);
                    if (!before && !DAYS_AFTER.contains(-days)) {
                        continue;
                    }
                    for (Agency g : owing.getOrDefault(regime.document.id, Map.of()).values()) {
                        if (!Obligations.owes(g, p) || !Obligations.reminded(g, today)) {
                            continue;
                        }
                        String key = key(regime.document.id, g.id, p.code());
                        ObligationDto o = Obligations.judge(g, List.of(), held.get(key), deadline, today);
                        if (before ? STILL_TO_SEND.contains(o.status()) : o.overdue()) {
                            out.add(new Reminder(before ? NotificationKind.REPORT_DUE : NotificationKind.REPORT_OVERDUE,
                                    key, regime.document.id, g, null, p.code(), deadline,
                                    regime.consolidatingAgency.code, unitCode(regime.document.unit)));
                        }
                    }
                }
            }
        }
        return out;
    }

    private List<Reminder> assignments(LocalDate today) {
        List<LocalDate> dues = DAYS_AFTER.stream().map(today::minusDays).toList();
        return assignments.list("from Assignment a join fetch a.agency g join fetch a.task t join fetch t.document d"
                + " left join fetch d.unit where a.dueOn in ?1 and a.status not in ?2", dues,
                List.of(WorkStatus.DONE, WorkStatus.CANCELLED)).stream()
                .filter(a -> Obligations.reminded(a.agency, today))
                .map(a -> new Reminder(NotificationKind.ASSIGNMENT_OVERDUE, "ASSIGNMENT:" + a.id, a.task.document.id,
                        a.agency, a.task.id, null, a.dueOn, null, unitCode(a.task.document.unit)))
                .toList();
    }

    private static String key(long documentId, long agencyId, String periodCode) {
        return "REPORT:" + documentId + ":" + agencyId + ":" + periodCode;
    }

    private static String unitCode(vn.childplan.orgunit.AdminUnit unit) {
        return unit == null ? null : unit.code;
    }

    /**
     * One notification for each recipient of {@code r} who has none for it on {@code today}: the officers of its
     * agency and, when it is late, those of the consolidating agency and the planners of the plan's unit
     * (escalated). Answers the ids written.
     */
    @SuppressWarnings("unchecked")
    private List<Long> insert(Reminder r, LocalDate today, Instant now) {
        return ((List<Number>) em.createNativeQuery("""
                INSERT INTO notification (recipient_subject, kind, obligation_key, day, escalated, document_id,
                                          agency_id, task_id, period_code, deadline, created_at)
                SELECT p.subject, :kind, :key, :day,
                       NOT ('officer' = ANY (p.roles) AND p.agency_code IS NOT DISTINCT FROM cast(:agency AS varchar)),
                       :doc, :agencyId, cast(:task AS bigint), cast(:period AS varchar), :deadline, :now
                FROM user_profile p
                WHERE ('officer' = ANY (p.roles) AND p.agency_code = cast(:agency AS varchar))
                   OR (:late AND (('officer' = ANY (p.roles) AND p.agency_code = cast(:consolidator AS varchar))
                                  OR ('planner' = ANY (p.roles) AND p.unit_code = cast(:unit AS varchar))))
                ON CONFLICT (recipient_subject, obligation_key, day) DO NOTHING
                RETURNING id""")
                .setParameter("kind", r.kind().name()).setParameter("key", r.key()).setParameter("day", today)
                .setParameter("agency", r.agency().code).setParameter("doc", r.documentId())
                .setParameter("agencyId", r.agency().id).setParameter("task", r.taskId())
                .setParameter("period", r.periodCode()).setParameter("deadline", r.deadline())
                .setParameter("now", now).setParameter("late", r.late())
                .setParameter("consolidator", r.consolidatorCode()).setParameter("unit", r.planUnitCode())
                .getResultList()).stream().map(Number::longValue).toList();
    }
}
