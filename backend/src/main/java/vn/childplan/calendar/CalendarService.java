package vn.childplan.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.childplan.calendar.CalendarDtos.CalendarDto;
import vn.childplan.calendar.CalendarDtos.CalendarEntryDto;
import vn.childplan.calendar.CalendarDtos.EntryKind;
import vn.childplan.common.ApiException;
import vn.childplan.common.Filter;
import vn.childplan.document.Document;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.document.DocumentRepository;
import vn.childplan.document.DocumentStatus;
import vn.childplan.orgunit.AdminUnit;
import vn.childplan.orgunit.AdminUnitRepository;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.period.Period;
import vn.childplan.reportingcycle.Obligations;
import vn.childplan.reportingcycle.ReportingRegime;
import vn.childplan.reportingcycle.ReportingRegimeDtos.ReportingRegimeRef;
import vn.childplan.reportingcycle.ReportingRegimeRepository;
import vn.childplan.security.Caller;
import vn.childplan.security.Roles;
import vn.childplan.task.Assignment;
import vn.childplan.task.AssignmentRepository;
import vn.childplan.task.Task;
import vn.childplan.task.TaskDtos.TaskRef;
import vn.childplan.task.TaskRepository;

/**
 * The calendar of a year or a month: the national observances ({@link Observance}), and for the plans in force in
 * the caller's scope (issued, not drafts, whose years include the year) their recurring tasks on that year's days
 * ({@link Recurrence}), the tasks and assignments due, and the deadlines of the reports their regimes owe
 * ({@link ReportingRegime#owed} and {@link ReportingRegime#deadline}, also those of the year before whose deadline
 * falls in the range). An officer's calendar is its agency's work: only its own agency's assignments, and only the
 * deadlines of the periods its agency owes ({@link Obligations#owes}: none that began after it ended) or of plans it
 * consolidates. Four statements whatever the number of
 * plans (plans, tasks, assignments, regimes); the days are computed in memory.
 */
@ApplicationScoped
public class CalendarService {
    private final DocumentRepository documents;
    private final TaskRepository tasks;
    private final AssignmentRepository assignments;
    private final ReportingRegimeRepository regimes;
    private final AdminUnitRepository units;
    private final Caller caller;

    public CalendarService(DocumentRepository documents, TaskRepository tasks, AssignmentRepository assignments,
            ReportingRegimeRepository regimes, AdminUnitRepository units, Caller caller) {
        this.documents = documents;
        this.tasks = tasks;
        this.assignments = assignments;
        this.regimes = regimes;
        this.units = units;
        this.caller = caller;
    }

    @Transactional
    public CalendarDto calendar(int year, Integer month, Long unitId) {
        LocalDate from = LocalDate.of(year, month == null ? 1 : month, 1);
        LocalDate to = month == null ? LocalDate.of(year, 12, 31) : from.with(TemporalAdjusters.lastDayOfMonth());
        List<CalendarEntryDto> entries = new ArrayList<>();
        for (Observance o : Observance.values()) {
            o.recurrence.overlapping(from, to).forEach(on -> entries.add(CalendarEntryDto.observance(o, on)));
        }
        // The plans of the year, and of the year before for the deadlines of its last periods.
        Filter f = new Filter().and("d.status <> :draft", "draft", DocumentStatus.DRAFT)
                .and("d.periodFromYear <= :year", "year", (short) year)
                .and("d.periodToYear >= :before", "before", (short) (year - 1));
        if (unitId != null) {
            AdminUnit unit = units.findByIdOptional(unitId).filter(caller::canRead)
                    .orElseThrow(() -> ApiException.invalidReference("Administrative unit", unitId, "unitId"));
            f.and("fk(d.unit) in (select u.id from AdminUnit u where u.code in :within)", "within",
                    units.codesWithin(unit.code, LocalDate.now(Obligations.VIETNAM)));
        }
        caller.restrict(f, "d.unit");
        List<Document> plans = documents.list("from Document d where " + f.query(), f.params());
        if (!plans.isEmpty()) {
            List<Long> ids = plans.stream().map(d -> d.id).toList();
            Set<Long> inForce = new HashSet<>(plans.stream().filter(d -> d.periodToYear >= year).map(d -> d.id).toList());
            planEvents(ids, inForce, from, to, entries);
            List<Assignment> assigned = assignments.list("from Assignment a join fetch a.agency g join fetch a.task t "
                    + "where t.document.id in ?1", ids);
            boolean officer = caller.is(Roles.OFFICER);
            Map<Long, Agency> owing = new HashMap<>(); // plan → the officer's agency that owes its reports
            for (Assignment a : assigned) {
                if (officer && !caller.isOwnAgency(a.agency)) {
                    continue;
                }
                if (Obligations.OWING_ROLES.contains(a.role)) {
                    owing.put(a.task.document.id, a.agency);
                }
                if (a.dueOn != null && inRange(a.dueOn, from, to) && inForce.contains(a.task.document.id)) {
                    entries.add(new CalendarEntryDto(EntryKind.ASSIGNMENT_DUE, a.task.title, a.dueOn, a.dueOn, null,
                            null, null, null, DocumentRef.of(a.task.document), TaskRef.of(a.task), null, null, a.id,
                            AgencyRef.of(a.agency), a.status));
                }
            }
            for (ReportingRegime r : regimes.list(ReportingRegimeRepository.FETCHED + " where d.id in ?1", ids)) {
                Agency owes = owing.get(r.document.id);
                if (!officer || caller.isOwnAgency(r.consolidatingAgency)) {
                    deadlines(r, year, from, to, p -> true, entries);
                } else if (owes != null) {
                    deadlines(r, year, from, to, p -> Obligations.owes(owes, p), entries);
                }
            }
        }
        entries.sort(Comparator.comparing(CalendarEntryDto::start).thenComparing(CalendarEntryDto::kind)
                .thenComparing(CalendarEntryDto::title).thenComparing(CalendarEntryDto::end));
        return new CalendarDto(year, month, from, to, entries);
    }

    /** The recurring tasks' occurrences and the tasks due, of the plans in force in the year. */
    private void planEvents(List<Long> ids, Set<Long> inForce, LocalDate from, LocalDate to,
            List<CalendarEntryDto> entries) {
        for (Task t : tasks.list("from Task t where t.document.id in ?1 and (t.recurrenceFrom is not null "
                + "or t.dueOn between ?2 and ?3) order by t.document.id, t.number", ids, from, to)) {
            if (!inForce.contains(t.document.id)) {
                continue;
            }
            if (t.recurrenceFrom != null) {
                Recurrence r = new Recurrence(t.recurrenceCalendar, t.recurrenceFrom, t.recurrenceTo);
                for (Recurrence.Occurrence on : r.overlapping(from, to)) {
                    entries.add(new CalendarEntryDto(EntryKind.PLAN_EVENT, t.title, on.start(), on.end(), null,
                            r.calendar(), r.from(), r.to(), DocumentRef.of(t.document), TaskRef.of(t), null, null,
                            null, null, null));
                }
            }
            if (t.dueOn != null && inRange(t.dueOn, from, to)) {
                entries.add(new CalendarEntryDto(EntryKind.TASK_DUE, t.title, t.dueOn, t.dueOn, null, null, null,
                        null, DocumentRef.of(t.document), TaskRef.of(t), null, null, null, null, t.status));
            }
        }
    }

    /**
     * The deadlines in the range of the periods the regime owes in the plan's years (this one and the one before)
     * that are {@code shown}.
     */
    private static void deadlines(ReportingRegime r, int year, LocalDate from, LocalDate to, Predicate<Period> shown,
            List<CalendarEntryDto> entries) {
        for (int y = Math.max(r.document.periodFromYear, year - 1); y <= Math.min(r.document.periodToYear, year); y++) {
            for (Period p : r.owed(y)) {
                LocalDate deadline = r.deadline(p);
                if (inRange(deadline, from, to) && shown.test(p)) {
                    entries.add(new CalendarEntryDto(EntryKind.REPORT_DEADLINE, "Hạn báo cáo kỳ " + p.code(), deadline,
                            deadline, null, null, null, null, DocumentRef.of(r.document), null,
                            ReportingRegimeRef.of(r), p.code(), null, AgencyRef.of(r.consolidatingAgency), null));
                }
            }
        }
    }

    private static boolean inRange(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
