package vn.childplan.reportingcycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.period.Period;
import vn.childplan.reportingcycle.ReportDtos.ObligationDto;
import vn.childplan.reportingcycle.ReportDtos.ObligationStatus;
import vn.childplan.reportingcycle.ReportDtos.Timeliness;
import vn.childplan.task.AssignmentRole;

/**
 * The one rule of reporting obligations, shared by a plan's obligations, its consolidation, the late list and the
 * dashboard: an agency with one of {@link #OWING_ROLES} in a plan owes a report for every period its regime owes
 * ({@link ReportingRegime#owed}); before the end of the deadline day (Asia/Ho_Chi_Minh) it is DUE, after it MISSING
 * while no report exists; a report's last submission is ON_TIME or LATE against the end of the deadline day; an
 * obligation is overdue when the deadline has passed on asOf and nothing was submitted. Reports are taken as they
 * stood at the end of asOf ({@link #held}), from their append-only history, so a past day is answered as it was.
 * An agency that ended ({@link Agency#validTo}, which a succession sets) owes only the periods that began while it
 * existed ({@link #owes}) and is reminded of nothing after its last day ({@link #reminded}); the reminders, the
 * dashboard and the calendar follow the same two rules.
 */
public final class Obligations {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Chủ trì and phối hợp owe reports; bodies only requested (đề nghị) may report but owe nothing. */
    public static final List<AssignmentRole> OWING_ROLES = List.of(AssignmentRole.LEAD, AssignmentRole.COORDINATE);
    /** How every asOf of reports is read (the API's parameter descriptions). */
    public static final String AS_OF = "each report as it stood at the end of that day (its history: status and last "
            + "submission by then; one written later did not exist yet)";

    private Obligations() {
    }

    /** A report as it stood at the end of a day: its status then and its last submission by then (null: none). */
    public record Held(long reportId, ReportStatus status, Instant submittedAt) {
    }

    /** One move of a report's history (report_transition): to which status, when. */
    public record Move(long reportId, ReportStatus to, Instant at) {
    }

    /**
     * Whether an agency whose last day is {@code lastDay} (null: in force) owes a report for {@code period}: only when
     * the period began by then. An agency dissolved on 28/02/2025 owes 2025-H1 (begun 01/01) and nothing later; its
     * successor takes the later periods with the assignments it took over. Reports the agency wrote stay its own and
     * are shown as such (the consolidation lists a report of a period it did not owe as reported without owing).
     */
    public static boolean owes(LocalDate lastDay, Period period) {
        return existsOn(lastDay, period.start());
    }

    /** {@link #owes(LocalDate, Period)} of {@code agency}'s own last day. */
    public static boolean owes(Agency agency, Period period) {
        return owes(agency.validTo, period);
    }

    /**
     * Whether {@code agency} is reminded on {@code day} of what it owes or what is past due: not after its last day,
     * when nobody works for it any more (the overdue reports of its last periods stay in the late list and the
     * dashboard, where the planners see them).
     */
    public static boolean reminded(Agency agency, LocalDate day) {
        return existsOn(agency.validTo, day);
    }

    private static boolean existsOn(LocalDate lastDay, LocalDate day) {
        return lastDay == null || !day.isAfter(lastDay);
    }

    /** The end of {@code day} in Vietnam: the first instant of the next day there. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }

    /**
     * A report submitted at {@code submitted} is ON_TIME until the end of the deadline day in Vietnam, LATE after it
     * (obligations, the late list and the dashboard all count with this rule).
     */
    public static Timeliness timeliness(Instant submitted, LocalDate deadline) {
        return submitted.isBefore(endOf(deadline)) ? Timeliness.ON_TIME : Timeliness.LATE;
    }

    /**
     * Where each report stood at the end of {@code asOf}: the status its last move before then led to, and the time
     * of its last move to SUBMITTED before then. A report that had not moved yet was a DRAFT if it was created by
     * then; one created later did not exist yet (absent from the answer: the agency had no report). On today this
     * is the report's current status and {@code submittedAt}, which every move sets together with its transition.
     *
     * @param created the reports in question by id, with their creation time
     * @param moves   their moves, in order of time (moves after {@code asOf} may be among them)
     */
    public static Map<Long, Held> held(Map<Long, Instant> created, List<Move> moves, LocalDate asOf) {
        Instant end = endOf(asOf);
        Map<Long, Held> held = new HashMap<>();
        created.forEach((id, at) -> {
            if (at.isBefore(end)) {
                held.put(id, new Held(id, ReportStatus.DRAFT, null));
            }
        });
        for (Move m : moves) {
            if (m.at().isBefore(end)) {
                Held before = held.get(m.reportId());
                Instant submitted = m.to() == ReportStatus.SUBMITTED ? m.at() : before == null ? null : before.submittedAt();
                held.put(m.reportId(), new Held(m.reportId(), m.to(), submitted));
            }
        }
        return held;
    }

    /** Where {@code agency}'s report ({@code h}, null when it had none) stands on {@code asOf}. */
    public static ObligationDto judge(Agency agency, List<String> roles, Held h, LocalDate deadline, LocalDate asOf) {
        boolean passed = asOf.isAfter(deadline);
        ObligationStatus status = h != null ? ObligationStatus.valueOf(h.status().name())
                : passed ? ObligationStatus.MISSING : ObligationStatus.DUE;
        Instant submitted = h == null ? null : h.submittedAt();
        Timeliness timeliness = submitted == null ? null : timeliness(submitted, deadline);
        return new ObligationDto(AgencyRef.of(agency), roles, status, h == null ? null : h.reportId(), submitted,
                timeliness, submitted == null && passed);
    }
}
