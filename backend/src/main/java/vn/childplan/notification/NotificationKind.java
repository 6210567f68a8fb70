package vn.childplan.notification;

/**
 * What a reminder is about: a report due in 7, 3 or 1 days (REPORT_DUE), a report not sent after its deadline
 * (REPORT_OVERDUE), an assignment past its due date and neither done nor cancelled (ASSIGNMENT_OVERDUE).
 */
public enum NotificationKind {
    REPORT_DUE, REPORT_OVERDUE, ASSIGNMENT_OVERDUE
}
