package vn.childplan.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;

/** Reporting periods: plain JUnit, no Quarkus. */
class PeriodTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} = {1}..{2} ({3})")
    @CsvSource({
            "2016, 2016-01-01, 2016-12-31, YEAR",
            "2016-H1, 2016-01-01, 2016-06-30, HALF_YEAR",
            "2016-H2, 2016-07-01, 2016-12-31, HALF_YEAR",
            "2016-Q1, 2016-01-01, 2016-03-31, QUARTER",
            "2016-Q2, 2016-04-01, 2016-06-30, QUARTER",
            "2016-Q3, 2016-07-01, 2016-09-30, QUARTER",
            "2016-Q4, 2016-10-01, 2016-12-31, QUARTER",
            "2016-05, 2016-05-01, 2016-05-31, MONTH",
            "2016-02, 2016-02-01, 2016-02-29, MONTH",
            "2017-02, 2017-02-01, 2017-02-28, MONTH",
            "2000-02, 2000-02-01, 2000-02-29, MONTH",
            "2100-02, 2100-02-01, 2100-02-28, MONTH",
            "2016-05S, 2016-04-15, 2016-05-14, STATISTICAL_MONTH",
            "2017-01S, 2016-12-15, 2017-01-14, STATISTICAL_MONTH",
            "2016-03S, 2016-02-15, 2016-03-14, STATISTICAL_MONTH",
            "2016-12S, 2016-11-15, 2016-12-14, STATISTICAL_MONTH",
            "2016-2017, 2016-09-01, 2017-05-31, SCHOOL_YEAR",
            "2019-2020, 2019-09-01, 2020-05-31, SCHOOL_YEAR",
            "2016-03-01/2016-06-30, 2016-03-01, 2016-06-30, CUSTOM",
            "2016-02-29/2016-02-29, 2016-02-29, 2016-02-29, CUSTOM",
            "2016-12-15/2017-01-14, 2016-12-15, 2017-01-14, CUSTOM",
    })
    void a_code_names_its_type_and_dates_and_round_trips(String code, String start, String end, PeriodType type) {
        Period p = Period.parse(code);
        assertEquals(type, p.type());
        assertEquals(d(start), p.start());
        assertEquals(d(end), p.end());
        assertEquals(code, p.code());
        assertEquals(code, p.toString());
        assertEquals(p, Period.parse(p.code()));
    }

    @Test
    void surrounding_blanks_are_ignored() {
        assertEquals(Period.parse("2016-Q3"), Period.parse("  2016-Q3 "));
    }

    @Test
    void of_builds_the_indexed_period_of_a_year() {
        assertEquals("2016", Period.of(PeriodType.YEAR, 2016, 1).code());
        assertEquals("2016-H2", Period.of(PeriodType.HALF_YEAR, 2016, 2).code());
        assertEquals("2016-Q3", Period.of(PeriodType.QUARTER, 2016, 3).code());
        assertEquals("2016-05", Period.of(PeriodType.MONTH, 2016, 5).code());
        assertEquals(new Period(PeriodType.STATISTICAL_MONTH, d("2016-12-15"), d("2017-01-14")),
                Period.of(PeriodType.STATISTICAL_MONTH, 2017, 1));
        assertEquals(new Period(PeriodType.SCHOOL_YEAR, d("2016-09-01"), d("2017-05-31")),
                Period.of(PeriodType.SCHOOL_YEAR, 2016, 1));
        assertEquals(d("2024-02-29"), Period.of(PeriodType.MONTH, 2024, 2).end());
        assertEquals(d("2023-02-28"), Period.of(PeriodType.MONTH, 2023, 2).end());
    }

    @ParameterizedTest(name = "{0} index {1}")
    @CsvSource({ "YEAR, 2", "YEAR, 0", "HALF_YEAR, 3", "HALF_YEAR, 0", "QUARTER, 5", "MONTH, 13", "MONTH, 0",
            "STATISTICAL_MONTH, 13", "STATISTICAL_MONTH, -1", "SCHOOL_YEAR, 2" })
    void of_refuses_an_index_outside_the_year(PeriodType type, int index) {
        assertInvalid(() -> Period.of(type, 2016, index));
    }

    @Test
    void of_refuses_years_out_of_range_and_custom_periods() {
        assertInvalid(() -> Period.of(PeriodType.YEAR, 1944, 1));
        assertInvalid(() -> Period.of(PeriodType.YEAR, 2101, 1));
        assertInvalid(() -> Period.of(PeriodType.SCHOOL_YEAR, 2100, 1));
        assertInvalid(() -> Period.of(PeriodType.CUSTOM, 2016, 1));
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource({
            "YEAR, 2016-12-31, 2016",
            "YEAR, 2017-01-01, 2017",
            "HALF_YEAR, 2016-06-30, 2016-H1",
            "HALF_YEAR, 2016-07-01, 2016-H2",
            "QUARTER, 2016-02-29, 2016-Q1",
            "QUARTER, 2016-03-31, 2016-Q1",
            "QUARTER, 2016-04-01, 2016-Q2",
            "QUARTER, 2016-12-31, 2016-Q4",
            "MONTH, 2016-02-29, 2016-02",
            "MONTH, 2016-05-15, 2016-05",
            "STATISTICAL_MONTH, 2016-05-14, 2016-05S",
            "STATISTICAL_MONTH, 2016-05-15, 2016-06S",
            "STATISTICAL_MONTH, 2016-04-15, 2016-05S",
            "STATISTICAL_MONTH, 2016-12-14, 2016-12S",
            "STATISTICAL_MONTH, 2016-12-15, 2017-01S",
            "STATISTICAL_MONTH, 2016-12-31, 2017-01S",
            "STATISTICAL_MONTH, 2017-01-01, 2017-01S",
            "STATISTICAL_MONTH, 2017-01-14, 2017-01S",
            "STATISTICAL_MONTH, 2016-02-29, 2016-03S",
            "SCHOOL_YEAR, 2016-09-01, 2016-2017",
            "SCHOOL_YEAR, 2016-12-31, 2016-2017",
            "SCHOOL_YEAR, 2017-01-01, 2016-2017",
            "SCHOOL_YEAR, 2017-05-31, 2016-2017",
            "SCHOOL_YEAR, 2020-02-29, 2019-2020",
    })
    void containing_finds_the_period_holding_a_date(PeriodType type, String date, String code) {
        Period p = Period.containing(type, d(date));
        assertEquals(code, p.code());
        assertTrue(p.contains(d(date)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2016-06-01", "2016-07-15", "2016-08-31" })
    void the_summer_break_lies_in_no_school_year(String date) {
        assertInvalid(() -> Period.containing(PeriodType.SCHOOL_YEAR, d(date)));
    }

    @Test
    void a_custom_period_holds_no_date_by_itself() {
        assertInvalid(() -> Period.containing(PeriodType.CUSTOM, d("2016-05-01")));
    }

    @Test
    void statistical_months_tile_the_year_without_gaps_or_overlaps() {
        LocalDate next = d("2015-12-15");
        for (int m = 1; m <= 12; m++) {
            Period p = Period.of(PeriodType.STATISTICAL_MONTH, 2016, m);
            assertEquals(next, p.start());
            next = p.end().plusDays(1);
        }
        assertEquals(d("2016-12-15"), next);
        // every day of a leap year finds a statistical month that holds it
        for (LocalDate day = d("2016-01-01"); day.getYear() == 2016; day = day.plusDays(1)) {
            assertTrue(Period.containing(PeriodType.STATISTICAL_MONTH, day).contains(day), day.toString());
        }
    }

    @Test
    void contains_is_inclusive_at_both_ends() {
        Period p = Period.parse("2016-05S");
        assertTrue(p.contains(d("2016-04-15")));
        assertTrue(p.contains(d("2016-05-14")));
        assertFalse(p.contains(d("2016-04-14")));
        assertFalse(p.contains(d("2016-05-15")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "16", "20160", "2016-H0", "2016-H3", "2016-Q0", "2016-Q5", "2016-13", "2016-00",
            "2016-1", "2016-13S", "2016-00S", "2016-5S", "2016-05s", "2016-2018", "2016-2016", "2017-2016",
            "2016-02-30/2016-03-01", "2016-06-30/2016-03-01", "2016-03-01/", "2016-03-01", "1944", "2101",
            "2100-2101", "abcd", "2016-q3", "2016-h1", "2016/2017", "2016-Q3 x" })
    void bad_codes_are_invalid_parameters(String code) {
        ApiException e = assertInvalid(() -> Period.parse(code));
        assertEquals("period", e.violations().get(0).field());
    }

    @Test
    void a_missing_code_is_an_invalid_parameter_named_by_the_caller() {
        ApiException e = assertInvalid(() -> Period.parse(null, "periodCode"));
        assertEquals("periodCode", e.violations().get(0).field());
        assertTrue(e.getMessage().contains("periodCode"), e.getMessage());
    }

    @Test
    void a_period_cannot_end_before_it_starts() {
        assertThrows(IllegalArgumentException.class,
                () -> new Period(PeriodType.CUSTOM, d("2016-06-30"), d("2016-03-01")));
        assertInvalid(() -> Period.custom(d("2016-06-30"), d("2016-03-01")));
        assertEquals("2016-06-30/2016-06-30", Period.custom(d("2016-06-30"), d("2016-06-30")).code());
    }

    private static ApiException assertInvalid(org.junit.jupiter.api.function.Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertEquals(ErrorCode.INVALID_PARAMETER, e.code());
        assertEquals(400, e.code().status());
        assertFalse(e.violations().isEmpty());
        return e;
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2024-A1, 2024",
            "2024-S1, 2024-H1",
            "2024-S2, 2024-H2",
            "2024-Q1, 2024-Q1",
            "2024-M01, 2024-01",
            "2024-M12, 2024-12",
            "2024-01-01/P1Y, 2024",
            "2024-01-01/P6M, 2024-H1",
            "2024-07-01/P3M, 2024-Q3",
            "2024-02-01/P1M, 2024-02",
            "2024-02-01/P10D, 2024-02-01/2024-02-10",
            "2024-03-01/P6M, 2024-03-01/2024-08-31",
            "2016-05S, 2016-05S"})
    void exchange_codes_name_our_periods(String code, String ours) {
        assertEquals(Period.parse(ours), Period.parseExchange(code, "period"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "2024-S3", "2024-M13", "2024-A2", "2024-01-01/P0D", "2024-01-01/PXM", "2024-02-30/P1M" })
    void bad_exchange_codes_are_400(String code) {
        ApiException e = assertThrows(ApiException.class, () -> Period.parseExchange(code, "period"));
        assertEquals(ErrorCode.INVALID_PARAMETER, e.code());
    }
}
