package vn.childplan.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import vn.childplan.calendar.VietnameseLunarCalendar.LunarDate;
import vn.childplan.task.RecurrenceCalendar;

/**
 * A yearly recurrence, from one day to another of the solar or the lunar calendar (a task's, an observance's), and
 * the one rule of when it happens: each year from {@code from} to {@code to}, into the next year when {@code to}
 * comes before {@code from} (--12-15 to --01-15). A solar --02-29 is the 28th in a common year; a lunar day is that
 * of the regular month of the lunar year, day 30 of a short month its 29th ({@link VietnameseLunarCalendar#solar}).
 */
public record Recurrence(RecurrenceCalendar calendar, MonthDay from, MonthDay to) {

    /** One occurrence: its first and last solar day. */
    public record Occurrence(LocalDate start, LocalDate end) {
    }

    /**
     * The occurrences that overlap the days {@code first}–{@code last} (at most a year), in order: those of the year
     * before {@code first}'s too, which may run into it.
     */
    public List<Occurrence> overlapping(LocalDate first, LocalDate last) {
        List<Occurrence> found = new ArrayList<>();
        boolean wraps = to.isBefore(from);
        for (int year = first.getYear() - 1; year <= last.getYear(); year++) {
            LocalDate start = day(year, from);
            LocalDate end = day(wraps ? year + 1 : year, to);
            if (start != null && end != null && !start.isAfter(last) && !end.isBefore(first)) {
                found.add(new Occurrence(start, end));
            }
        }
        return found;
    }

    private LocalDate day(int year, MonthDay day) {
        return calendar == RecurrenceCalendar.SOLAR ? day.atYear(year)
                : VietnameseLunarCalendar.solar(year, new LunarDate(day.getMonthValue(), false, day.getDayOfMonth()))
                        .orElse(null);
    }
}
