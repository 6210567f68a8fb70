package vn.childplan.calendar;

import java.time.MonthDay;
import vn.childplan.task.RecurrenceCalendar;

/**
 * The national observances about children that every calendar shows, whatever the plans say. They are set by law
 * and custom (Luật Trẻ em 2016, the Prime Minister's decisions on the action months), change about once a decade
 * and need no one to edit them, so they are code, reviewed like code, rather than reference data; a plan's own
 * events are its recurring tasks. The SPA names them by code in the user's language; {@link #title} is the
 * Vietnamese name the API answers.
 */
public enum Observance {
    TET_NGUYEN_DAN("Tết Nguyên đán", RecurrenceCalendar.LUNAR, "--01-01", "--01-01"),
    INTERNATIONAL_CHILDRENS_DAY("Ngày Quốc tế Thiếu nhi", RecurrenceCalendar.SOLAR, "--06-01", "--06-01"),
    ACTION_MONTH_FOR_CHILDREN("Tháng hành động vì trẻ em", RecurrenceCalendar.SOLAR, "--06-01", "--06-30"),
    WORLD_DAY_AGAINST_CHILD_LABOUR("Ngày Thế giới phòng, chống lao động trẻ em", RecurrenceCalendar.SOLAR, "--06-12",
            "--06-12"),
    VIETNAMESE_FAMILY_DAY("Ngày Gia đình Việt Nam", RecurrenceCalendar.SOLAR, "--06-28", "--06-28"),
    MID_AUTUMN_FESTIVAL("Tết Trung thu", RecurrenceCalendar.LUNAR, "--08-15", "--08-15"),
    SCHOOL_OPENING_DAY("Ngày toàn dân đưa trẻ em đến trường", RecurrenceCalendar.SOLAR, "--09-05", "--09-05"),
    INTERNATIONAL_DAY_OF_THE_GIRL("Ngày Quốc tế Trẻ em gái", RecurrenceCalendar.SOLAR, "--10-11", "--10-11"),
    ACTION_MONTH_FOR_GENDER_EQUALITY("Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            RecurrenceCalendar.SOLAR, "--11-15", "--12-15");

    public final String title;
    public final Recurrence recurrence;

    Observance(String title, RecurrenceCalendar calendar, String from, String to) {
        this.title = title;
        this.recurrence = new Recurrence(calendar, MonthDay.parse(from), MonthDay.parse(to));
    }
}
