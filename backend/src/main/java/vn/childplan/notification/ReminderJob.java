package vn.childplan.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import vn.childplan.notification.NotificationDtos.ReminderRun;
import vn.childplan.reportingcycle.Obligations;

/**
 * Runs the reminders once a day (childplan.reminders.cron, Vietnam's time; "off" disables it, as the tests do: they
 * call {@link ReminderService#run} with the day they choose). Every replica fires; the advisory lock and the unique
 * key of a notification make the others' runs write and send nothing.
 */
@ApplicationScoped
public class ReminderJob {
    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    private final ReminderService reminders;

    public ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(identity = "reminders", cron = "{childplan.reminders.cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        ReminderRun run = reminders.run(LocalDate.now(Obligations.VIETNAM));
        LOG.infof("Reminders of %s: %s, %d notifications, %d e-mails", run.day(), run.ran() ? "ran" : "left to another "
                + "replica", run.notifications(), run.emails());
    }
}
