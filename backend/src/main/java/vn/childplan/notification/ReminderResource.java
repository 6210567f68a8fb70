package vn.childplan.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.notification.NotificationDtos.ReminderRun;
import vn.childplan.reportingcycle.Obligations;
import vn.childplan.security.Roles;

/** An operator's tool: run the daily reminders now, for a chosen day (demo data, a missed run). */
@Path("/api/v1/admin/reminders/run")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ReminderResource {
    private final ReminderService reminders;

    public ReminderResource(ReminderService reminders) {
        this.reminders = reminders;
    }

    @POST
    @Operation(operationId = "runReminders", summary = "Run the daily reminders now (admins; an operator's tool)",
            description = "What the daily job does, for the day given (default today in Asia/Ho_Chi_Minh): reports "
                    + "due in 7, 3 and 1 days, reports overdue and assignments past due 1, 7, 14 and 30 days after "
                    + "their deadline, notified to the users who have signed in once; an agency that ended (validTo "
                    + "before the day) is reminded of nothing, and owes no period that began after it ended. Idempotent per user, obligation "
                    + "and day: a second run of a day writes and sends nothing; ran=false when a run was in progress.")
    public ReminderRun run(@QueryParam("today") @Parameter(description = "The day to run for", example = "2016-05-22")
            LocalDate today) {
        return reminders.run(today != null ? today : LocalDate.now(Obligations.VIETNAM));
    }
}
