package vn.childplan.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.reportingcycle.ReportingRegimeDtos.ReportingRegimeRef;
import vn.childplan.task.RecurrenceCalendar;
import vn.childplan.task.TaskDtos.TaskRef;
import vn.childplan.task.WorkStatus;

/** The answers of the calendar: what happens on which days of a year or month. */
public final class CalendarDtos {
    private CalendarDtos() {
    }

    /** What an entry is; the order in which entries of the same day are listed. */
    public enum EntryKind {
        /** A national observance ({@link Observance}). */
        OBSERVANCE,
        /** A plan's recurring task in that year (Tháng hành động vì trẻ em of the plan). */
        PLAN_EVENT,
        /** The deadline of a period's reports under a plan's reporting regime. */
        REPORT_DEADLINE,
        /** A task's due date. */
        TASK_DUE,
        /** An agency's assignment's due date. */
        ASSIGNMENT_DUE
    }

    @Schema(name = "CalendarEntry", description = "One event, deadline or due date, with its first and last day and "
            + "what it refers to")
    public record CalendarEntryDto(
            EntryKind kind,
            @Schema(examples = "Tết Trung thu") String title,
            @Schema(examples = "2026-09-25") LocalDate start,
            @Schema(description = "The last day; the start for a single day", examples = "2026-09-25") LocalDate end,
            @Schema(description = "OBSERVANCE: which one (the SPA names it in the user's language)") Observance observance,
            @Schema(description = "OBSERVANCE and PLAN_EVENT: the calendar the recurrence is counted on")
            RecurrenceCalendar calendar,
            @Schema(implementation = String.class, pattern = "^--[0-9]{2}-[0-9]{2}$",
                    description = "OBSERVANCE and PLAN_EVENT: the recurrence's first day on its calendar (--08-15 LUNAR: "
                            + "the 15th of the eighth lunar month)", examples = "--08-15") MonthDay recurrenceFrom,
            @Schema(implementation = String.class, pattern = "^--[0-9]{2}-[0-9]{2}$",
                    description = "OBSERVANCE and PLAN_EVENT: the recurrence's last day on its calendar",
                    examples = "--08-15") MonthDay recurrenceTo,
            @Schema(description = "The plan (not for OBSERVANCE)") DocumentRef document,
            @Schema(description = "PLAN_EVENT, TASK_DUE, ASSIGNMENT_DUE: the task") TaskRef task,
            @Schema(description = "REPORT_DEADLINE: the regime") ReportingRegimeRef regime,
            @Schema(description = "REPORT_DEADLINE: the period reported on", examples = "2016-H1") String periodCode,
            @Schema(description = "ASSIGNMENT_DUE: the assignment", examples = "1001") Long assignmentId,
            @Schema(description = "ASSIGNMENT_DUE: the assigned agency; REPORT_DEADLINE: the consolidating agency")
            AgencyRef agency,
            @Schema(description = "TASK_DUE and ASSIGNMENT_DUE: its progress") WorkStatus status) {

        static CalendarEntryDto observance(Observance o, Recurrence.Occurrence on) {
            return new CalendarEntryDto(EntryKind.OBSERVANCE, o.title, on.start(), on.end(), o, o.recurrence.calendar(),
                    o.recurrence.from(), o.recurrence.to(), null, null, null, null, null, null, null);
        }
    }

    @Schema(name = "Calendar", description = "The entries of a year or a month, ordered by first day, kind and title")
    public record CalendarDto(
            @Schema(examples = "2026") int year,
            @Schema(description = "The month; null for the whole year", examples = "6") Integer month,
            @Schema(examples = "2026-06-01") LocalDate from,
            @Schema(examples = "2026-06-30") LocalDate to,
            List<CalendarEntryDto> entries) {
    }
}
