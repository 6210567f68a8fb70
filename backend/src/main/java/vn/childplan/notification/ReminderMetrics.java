package vn.childplan.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import vn.childplan.notification.NotificationDtos.ReminderRun;

/**
 * The reminders at /q/metrics: notifications written ({@code childplan_reminders_notifications_total}) and e-mails
 * sent ({@code childplan_reminders_emails_total}), whether the daily job or an operator ran them. Registered at
 * start-up, so the series exist from zero.
 */
@Startup
@ApplicationScoped
public class ReminderMetrics {
    private final Counter notifications;
    private final Counter emails;

    public ReminderMetrics(MeterRegistry registry) {
        notifications = Counter.builder("childplan.reminders.notifications")
                .description("Reminder notifications written").register(registry);
        emails = Counter.builder("childplan.reminders.emails").description("Reminder e-mails sent").register(registry);
    }

    void ran(ReminderRun run) {
        notifications.increment(run.notifications());
        emails.increment(run.emails());
    }
}
