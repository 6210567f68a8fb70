package vn.childplan.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.childplan.me.UserProfile;

/**
 * The e-mail of new notifications, in Vietnamese, to recipients who have an address and have not turned e-mail
 * off. The mailer is Quarkus Mailer: SMTP in production, mocked (logged, kept in MockMailbox) in the local run and
 * the tests. A mail that fails is logged and left unsent: its notification stays in the app.
 */
@ApplicationScoped
public class ReminderMail {
    private static final Logger LOG = Logger.getLogger(ReminderMail.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Mailer mailer;
    private final NotificationRepository notifications;

    public ReminderMail(Mailer mailer, NotificationRepository notifications) {
        this.mailer = mailer;
        this.notifications = notifications;
    }

    /** A mail to send and the notification it tells of. */
    private record Outgoing(long notificationId, Mail mail) {
    }

    /** Sends the mail of the notifications {@code ids}; answers how many were sent. */
    public int send(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> sent = new ArrayList<>();
        for (Outgoing o : QuarkusTransaction.requiringNew().call(() -> compose(ids))) {
            try {
                mailer.send(o.mail());
                sent.add(o.notificationId());
            } catch (RuntimeException e) {
                LOG.warnf(e, "Reminder e-mail to %s not sent", o.mail().getTo());
            }
        }
        if (!sent.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> notifications.update("emailedAt = ?1 where id in ?2",
                    Instant.now(), sent));
        }
        return sent.size();
    }

    private List<Outgoing> compose(List<Long> ids) {
        List<Notification> listed = notifications.list(NotificationRepository.FETCHED + " where n.id in ?1", ids);
        Map<String, UserProfile> profiles = UserProfile.<UserProfile>list("subject in ?1 and emailEnabled = true"
                + " and email is not null", listed.stream().map(n -> n.recipient).distinct().toList()).stream()
                .collect(Collectors.toMap(p -> p.subject, Function.identity()));
        return listed.stream().filter(n -> profiles.containsKey(n.recipient))
                .map(n -> new Outgoing(n.id, Mail.withText(profiles.get(n.recipient).email, subject(n), body(n))))
                .toList();
    }

    static String subject(Notification n) {
        String what = n.kind == NotificationKind.ASSIGNMENT_OVERDUE
                ? "Nhiệm vụ " + n.task.number + " của " + n.agency.name
                : "Báo cáo " + n.periodCode + " của " + n.agency.name;
        long days = ChronoUnit.DAYS.between(n.day, n.deadline);
        String when = days > 0 ? "còn " + days + " ngày" : "quá hạn " + -days + " ngày";
        return "[ChildPlan] " + what + ": " + when + " (hạn " + DATE.format(n.deadline) + ")";
    }

    private static String body(Notification n) {
        String plan = (n.document.number == null ? "" : n.document.number + " – ") + n.document.title;
        String what = switch (n.kind) {
            case REPORT_DUE -> "Báo cáo kỳ " + n.periodCode + " của " + n.agency.name + " cần gửi trước hết ngày "
                    + DATE.format(n.deadline) + ".";
            case REPORT_OVERDUE -> "Báo cáo kỳ " + n.periodCode + " của " + n.agency.name + " chưa được gửi; hạn là "
                    + DATE.format(n.deadline) + ".";
            case ASSIGNMENT_OVERDUE -> "Nhiệm vụ " + n.task.number + " \"" + n.task.title + "\" giao " + n.agency.name
                    + " đã quá hạn " + DATE.format(n.deadline) + " mà chưa hoàn thành.";
        };
        return what + "\nKế hoạch: " + plan + "\n\nThư này do ChildPlan gửi tự động. Có thể tắt thư nhắc việc ở trang "
                + "Thông báo của ứng dụng; thông báo vẫn hiện trong ứng dụng.\n";
    }
}
