package vn.childplan.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import vn.childplan.common.ApiException;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.notification.NotificationDtos.NotificationDto;
import vn.childplan.notification.NotificationDtos.UnreadCount;
import vn.childplan.security.Caller;

/**
 * The caller's own notifications: a user sees and marks only those addressed to their token's subject; another
 * user's notification is answered 404 like one that does not exist.
 */
@ApplicationScoped
public class NotificationService {
    private static final String WHAT = "Notification";
    /** unread sorts the unread ones first (0 before 1). */
    private static final Map<String, String> SORTS = Map.of("unread", "(case when n.readAt is null then 0 else 1 end)",
            "createdAt", "n.createdAt", "day", "n.day", "deadline", "n.deadline", "id", "n.id");

    private final NotificationRepository notifications;
    private final Caller caller;

    public NotificationService(NotificationRepository notifications, Caller caller) {
        this.notifications = notifications;
        this.caller = caller;
    }

    @Transactional
    public Page<NotificationDto> list(Boolean unread, PageParams page) {
        String where = " where n.recipient = :me" + (unread == null ? "" : unread ? " and n.readAt is null"
                : " and n.readAt is not null");
        return Page.of(notifications.find(NotificationRepository.FETCHED + where,
                page.toSort(SORTS, "unread,-createdAt").disableEscaping(), Map.of("me", caller.subject())),
                page, NotificationDto::of);
    }

    @Transactional
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.count("recipient = ?1 and readAt is null", caller.subject()));
    }

    /** Marks one of the caller's notifications read (again: the first time is kept). */
    @Transactional
    public NotificationDto markRead(long id) {
        Notification n = notifications.find(NotificationRepository.FETCHED + " where n.id = ?1 and n.recipient = ?2",
                id, caller.subject()).firstResultOptional().orElseThrow(() -> ApiException.notFound(WHAT, id));
        if (n.readAt == null) {
            n.readAt = Instant.now();
        }
        return NotificationDto.of(n);
    }

    /** Marks every unread notification of the caller read; answers how many were unread. */
    @Transactional
    public UnreadCount markAllRead() {
        return new UnreadCount(notifications.update("readAt = ?1 where recipient = ?2 and readAt is null",
                Instant.now(), caller.subject()));
    }
}
