package vn.childplan.task;

/**
 * The calendar a task's yearly recurrence is counted on: dương lịch (Tháng hành động vì trẻ em, 1/6–30/6) or âm
 * lịch, the Vietnamese lunar calendar (Tết Trung thu, 15/8), whose days fall on a different solar day each year.
 */
public enum RecurrenceCalendar {
    SOLAR, LUNAR
}
