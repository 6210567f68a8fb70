package vn.childplan.reportingcycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.childplan.period.Period;
import vn.childplan.period.PeriodType;

/** Deadlines and owed periods of reporting regimes: plain JUnit, no Quarkus. */
class ReportingRegimeTest {

    private static Integer number(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s);
    }

    @ParameterizedTest(name = "{0} with {1}/{2} offset {3} → {4}")
    @CsvSource({
            // year and school year: day/month in the year the period ends
            "2016, 20, 11, , 2016-11-20",
            "2017, 29, 2, , 2017-02-28",
            "2016, 29, 2, , 2016-02-29",
            "2016-2017, 15, 6, , 2017-06-15",
            // half-year: the first half's date, the second six months later (25/5 → 25/11, never before H2 starts)
            "2016-H1, 25, 5, , 2016-05-25",
            "2016-H2, 25, 5, , 2016-11-25",
            "2016-H2, 20, 11, , 2017-05-20",
            // quarters three months apart, the day clamped to the month's length
            "2016-Q1, 20, 3, , 2016-03-20",
            "2016-Q2, 20, 3, , 2016-06-20",
            "2016-Q4, 20, 3, , 2016-12-20",
            "2016-Q1, 31, 3, , 2016-03-31",
            "2016-Q2, 31, 3, , 2016-06-30",
            "2016-Q3, 31, 3, , 2016-09-30",
            "2016-Q4, 10, 1, , 2016-10-10",
            // months: 31/1 → the last day of shorter months, 29/2 → 28/2 in a common year, then 29 again
            "2016-02, 31, 1, , 2016-02-29",
            "2016-04, 31, 1, , 2016-04-30",
            "2016-12, 31, 1, , 2016-12-31",
            "2017-01, 29, 2, , 2017-02-28",
            "2017-02, 29, 2, , 2017-03-29",
            "2016-12, 5, 1, , 2016-12-05",
            // due the 5th of the next month: 5/2 for January, so December's falls in the next year
            "2016-12, 5, 2, , 2017-01-05",
            // statistical months: 2016-01S runs from 15 December 2015; 20/1 for it, 20/5 for 2016-05S
            "2016-01S, 20, 1, , 2016-01-20",
            "2016-05S, 20, 1, , 2016-05-20",
            // day without month: that day of the period's last month; offsets from the period's last day
            "2016-05S, 20, , , 2016-05-20",
            "2016-H2, 31, , , 2016-12-31",
            "2016-Q2, 31, , , 2016-06-30",
            "2016-02, 31, , , 2016-02-29",
            "2016-05, , , 10, 2016-06-10",
            "2016-H2, , , -6, 2016-12-25",
            "2016, , , 45, 2017-02-14" })
    void deadlines(String period, String day, String month, String offset, String expected) {
        assertEquals(LocalDate.parse(expected),
                ReportingRegime.deadline(Period.parse(period), number(day), number(month), number(offset)));
    }

    private static List<String> owed(PeriodType type, Integer[] numbers, int year) {
        return ReportingRegime.owed(type, numbers, year).stream().map(Period::code).toList();
    }

    @Test
    void a_regime_owes_the_periods_of_the_year_it_lists() {
        assertEquals(List.of("2016-H1", "2016-H2"), owed(PeriodType.HALF_YEAR, null, 2016));
        assertEquals(List.of("2016-H1", "2016-H2"), owed(PeriodType.HALF_YEAR, new Integer[0], 2016));
        assertEquals(List.of("2016-H1"), owed(PeriodType.HALF_YEAR, new Integer[] { 1 }, 2016));
        assertEquals(List.of("2016-Q1", "2016-Q2", "2016-Q3"), owed(PeriodType.QUARTER, new Integer[] { 1, 2, 3 }, 2016));
        assertEquals(List.of("2016-01S", "2016-07S"), owed(PeriodType.STATISTICAL_MONTH, new Integer[] { 1, 7 }, 2016));
        assertEquals(List.of("2016"), owed(PeriodType.YEAR, null, 2016));
        assertEquals(List.of("2015-2016"), owed(PeriodType.SCHOOL_YEAR, null, 2016));

        ReportingRegime r = new ReportingRegime();
        r.periodType = PeriodType.HALF_YEAR;
        r.periodNumbers = new Integer[] { 1 };
        assertTrue(r.owes(Period.parse("2016-H1")));
        assertFalse(r.owes(Period.parse("2016-H2")));
        assertFalse(r.owes(Period.parse("2016")));
    }
}
