package vn.childplan.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.task.TaskDtos.TaskRef;

public final class NotificationDtos {
    private NotificationDtos() {
    }

    @Schema(name = "Notification", description = "A reminder to the caller about one report or assignment, on one day")
    public record NotificationDto(
            @Schema(examples = "101") long id,
            NotificationKind kind,
            @Schema(description = "The day the reminder is for (the job's day)", examples = "2016-05-22") LocalDate day,
            @Schema(description = "The report's deadline or the assignment's due date", examples = "2016-05-25")
            LocalDate deadline,
            @Schema(description = "Days from day to the deadline: 7, 3 or 1 before it, negative after it", examples = "3")
            long daysLeft,
            @Schema(description = "True when sent to the consolidating agency or the planners because the agency is late")
            boolean escalated,
            @Schema(description = "The plan") DocumentRef document,
            @Schema(description = "The agency that owes the report or holds the assignment") AgencyRef agency,
            @Schema(description = "The period of the report owed; null for an assignment", examples = "2016-H1")
            String periodCode,
            @Schema(description = "The assignment's task; null for a report") TaskRef task,
            Instant createdAt,
            @Schema(description = "When the caller marked it read; null while unread") Instant readAt) {

        static NotificationDto of(Notification n) {
            return new NotificationDto(n.id, n.kind, n.day, n.deadline, ChronoUnit.DAYS.between(n.day, n.deadline),
                    n.escalated, DocumentRef.of(n.document), AgencyRef.of(n.agency), n.periodCode, TaskRef.of(n.task),
                    n.createdAt, n.readAt);
        }
    }

    @Schema(name = "UnreadCount", description = "How many of the caller's notifications are unread")
    public record UnreadCount(@Schema(examples = "3") long count) {
    }

    @Schema(name = "ReminderRun", description = "What one run of the reminders' job did")
    public record ReminderRun(
            @Schema(examples = "2016-05-22") LocalDate day,
            @Schema(description = "False when another replica was running the job at the same moment: nothing was done")
            boolean ran,
            @Schema(description = "Notifications written by this run (none that an earlier run of the day wrote)",
                    examples = "12") int notifications,
            @Schema(description = "E-mails sent by this run", examples = "5") int emails) {
    }
}
