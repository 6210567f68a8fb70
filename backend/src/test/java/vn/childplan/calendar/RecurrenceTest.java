package vn.childplan.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.childplan.calendar.Recurrence.Occurrence;
import vn.childplan.task.RecurrenceCalendar;

class RecurrenceTest {
    private static Recurrence solar(String from, String to) {
        return new Recurrence(RecurrenceCalendar.SOLAR, MonthDay.parse(from), MonthDay.parse(to));
    }

    @Test
    void a_solar_recurrence_overlapping_a_month() {
        Recurrence actionMonth = solar("--06-01", "--06-30");
        assertEquals(List.of(new Occurrence(LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 30))),
                actionMonth.overlapping(LocalDate.of(2016, 6, 15), LocalDate.of(2016, 7, 31)));
        assertEquals(List.of(), actionMonth.overlapping(LocalDate.of(2016, 7, 1), LocalDate.of(2016, 7, 31)));
    }

    /** A recurrence into the next year belongs to the year it starts in, and shows in both. */
    @Test
    void a_recurrence_over_the_new_year() {
        Recurrence winter = solar("--12-15", "--01-15");
        assertEquals(List.of(new Occurrence(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 15)),
                new Occurrence(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 15))),
                winter.overlapping(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void the_29th_of_february_in_a_common_year_is_the_28th() {
        assertEquals(List.of(new Occurrence(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28))),
                solar("--02-29", "--02-29").overlapping(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
    }

    /** Tết Trung thu on its lunar day: a different solar day every year. */
    @Test
    void a_lunar_recurrence_on_each_years_day() {
        Recurrence trungThu = new Recurrence(RecurrenceCalendar.LUNAR, MonthDay.of(8, 15), MonthDay.of(8, 15));
        assertEquals(List.of(new Occurrence(LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 6))),
                trungThu.overlapping(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertEquals(List.of(new Occurrence(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 25))),
                trungThu.overlapping(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)));
    }
}
