package vn.childplan.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.notification.NotificationDtos.NotificationDto;
import vn.childplan.notification.NotificationDtos.UnreadCount;
import vn.childplan.security.Roles;

/** The caller's reminders (the bell of the web app): read them, count the unread, mark them read. */
@Path("/api/v1/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class NotificationResource {
    private final NotificationService service;

    public NotificationResource(NotificationService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "The caller's notifications",
            description = "Reminders addressed to the caller only: reports due in 7, 3 and 1 days, reports overdue, "
                    + "assignments past their due date; escalated ones went to the consolidating agency or the plan's "
                    + "planners because the agency is late. Sort keys: unread (unread first), createdAt, day, deadline; "
                    + "default `unread,-createdAt` (unread first, newest first).")
    public Page<NotificationDto> list(
            @QueryParam("unread") @Parameter(description = "true: only unread; false: only read; absent: all")
            Boolean unread,
            @Valid @BeanParam PageParams page) {
        return service.list(unread, page);
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of the caller's notifications are unread",
            description = "The number on the bell; cheap enough to be asked every minute.")
    public UnreadCount unreadCount() {
        return service.unreadCount();
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of the caller's notifications read",
            description = "Idempotent: a notification read already keeps the time it was first read. Another user's "
                    + "notification is answered 404, as one that does not exist.")
    public NotificationDto markRead(@PathParam("id") long id) {
        return service.markRead(id);
    }

    @POST
    @Path("/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all the caller's notifications read",
            description = "Answers how many were unread before (0 when none).")
    public UnreadCount markAllRead() {
        return service.markAllRead();
    }
}
