package vn.childplan.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.reporting.ReportDtos.ObligationDto;
import vn.childplan.reporting.ReportDtos.ObligationStatus;
import vn.childplan.reporting.ReportDtos.Timeliness;
import vn.childplan.task.AssignmentRole;

/**
 * The one rule of reporting obligations, shared by a plan's obligations, its consolidation and the late list: an
 * agency with one of {@link #OWING_ROLES} in a plan owes a report for every period of a type its regime lists;
 * before the end of the deadline day (Asia/Ho_Chi_Minh) it is DUE, after it MISSING while no report exists; a
 * report's last submission is ON_TIME or LATE against the end of the deadline day; an obligation is overdue when
 * the deadline has passed on asOf and nothing was submitted. Reports are taken as they stand now.
 */
final class Obligations {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Chủ trì and phối hợp owe reports; bodies only requested (đề nghị) may report but owe nothing. */
    static final List<AssignmentRole> OWING_ROLES = List.of(AssignmentRole.LEAD, AssignmentRole.COORDINATE);

    private Obligations() {
    }

    /**
     * A report submitted at {@code submitted} is ON_TIME until the end of the deadline day in Vietnam, LATE after it
     * (obligations, the late list and the dashboard all count with this rule).
     */
    static Timeliness timeliness(Instant submitted, LocalDate deadline) {
        Instant deadlineEnd = deadline.plusDays(1).atStartOfDay(VIETNAM).toInstant();
        return submitted.isBefore(deadlineEnd) ? Timeliness.ON_TIME : Timeliness.LATE;
    }

    /** Where {@code agency}'s report ({@code r}, null when it has none) stands on {@code asOf}. */
    static ObligationDto judge(Agency agency, List<String> roles, Report r, LocalDate deadline, LocalDate asOf) {
        boolean passed = asOf.isAfter(deadline);
        ObligationStatus status = r != null ? ObligationStatus.valueOf(r.status.name())
                : passed ? ObligationStatus.MISSING : ObligationStatus.DUE;
        Instant submitted = r == null ? null : r.submittedAt;
        Timeliness timeliness = submitted == null ? null : timeliness(submitted, deadline);
        return new ObligationDto(AgencyRef.of(agency), roles, status, r == null ? null : r.id, submitted, timeliness,
                submitted == null && passed);
    }
}
