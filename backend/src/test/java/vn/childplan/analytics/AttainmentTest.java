package vn.childplan.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.childplan.indicator.Comparator.EQ;
import static vn.childplan.indicator.Comparator.GE;
import static vn.childplan.indicator.Comparator.GT;
import static vn.childplan.indicator.Comparator.LE;
import static vn.childplan.indicator.Comparator.LT;
import static vn.childplan.indicator.Direction.HIGHER_IS_BETTER;
import static vn.childplan.indicator.Direction.LOWER_IS_BETTER;
import static vn.childplan.analytics.AttainmentStatus.AT_RISK;
import static vn.childplan.analytics.AttainmentStatus.MET;
import static vn.childplan.analytics.AttainmentStatus.NOT_MET;
import static vn.childplan.analytics.AttainmentStatus.NO_DATA;
import static vn.childplan.analytics.AttainmentStatus.ON_TRACK;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.childplan.indicator.Comparator;
import vn.childplan.indicator.Direction;
import vn.childplan.analytics.Attainment.Observation;

/** The attainment rule, exhaustively: plain JUnit, no Quarkus. */
class AttainmentTest {
    private static final LocalDate DURING = LocalDate.of(2019, 6, 1);
    private static final LocalDate AFTER = LocalDate.of(2021, 1, 1);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Observation seen(String value, LocalDate end) {
        return new Observation(d(value), end);
    }

    /** A 2020 target without baseline, judged during 2019 (year running) or on 1 January 2021 (year ended). */
    private static AttainmentStatus status(Comparator c, String target, String value, LocalDate asOf) {
        return Attainment.evaluate(c, d(target), 2020, null, null, HIGHER_IS_BETTER,
                seen(value, LocalDate.of(2018, 12, 31)), asOf).status();
    }

    @ParameterizedTest(name = "{0} {1} with {2}: {3}")
    @CsvSource({
            // comparator, target, value, satisfied
            "GT, 95, 95.5, true", "GT, 95, 95, false", "GT, 95, 94.9999, false", "GT, 95, 95.0001, true",
            "GE, 95, 95, true", "GE, 95, 95.0000, true", "GE, 95, 94.9999, false", "GE, 75, 80, true",
            "LT, 12, 11.99, true", "LT, 12, 12, false", "LT, 12, 12.01, false",
            "LE, 12, 12, true", "LE, 12, 11, true", "LE, 12, 12.0001, false",
            "EQ, 100, 100, true", "EQ, 100, 100.0000, true", "EQ, 100, 99.9999, false", "EQ, 100, 100.0001, false",
            "EQ, 100, 100.0000000001, true", "EQ, 100, 99.9999999999, true", "EQ, 100, 100.00000001, false",
            "EQ, 0, 0, true", "LT, 4.5, 4.4, true", "LE, 0, 0, true", "GT, 0, 0, false" })
    void every_comparator_both_ways(Comparator c, String target, String value, boolean satisfied) {
        assertEquals(satisfied, Attainment.satisfies(c, d(value), d(target)));
        assertEquals(satisfied ? MET : AT_RISK, status(c, target, value, DURING));
        assertEquals(satisfied ? MET : NOT_MET, status(c, target, value, AFTER));
    }

    @Test
    void boundary_equality_follows_the_wording_of_the_plan() {
        // "trên 95%": 95 is not above 95; "đạt 95%": 95 reaches it; "dưới 12%": 12 is not below 12; "không quá 12%"
        assertEquals(NOT_MET, status(GT, "95", "95", AFTER));
        assertEquals(MET, status(GE, "95", "95", AFTER));
        assertEquals(NOT_MET, status(LT, "12", "12", AFTER));
        assertEquals(MET, status(LE, "12", "12", AFTER));
        assertEquals(MET, status(EQ, "100", "100", AFTER));
    }

    @Test
    void no_value_is_no_data_whatever_the_day() {
        for (Comparator c : Comparator.values()) {
            for (Direction dir : Direction.values()) {
                var r = Attainment.evaluate(c, d("95"), 2020, d("90"), 2015, dir, null, AFTER);
                assertEquals(NO_DATA, r.status());
                assertNull(r.expected());
                assertEquals(NO_DATA, Attainment.evaluate(c, d("95"), 2020, null, null, dir, null, DURING).status());
            }
        }
    }

    @Test
    void the_target_year_ends_on_31_december() {
        LocalDate lastDay = LocalDate.of(2020, 12, 31);
        assertEquals(AT_RISK, status(GT, "95", "90", lastDay));
        assertEquals(NOT_MET, status(GT, "95", "90", lastDay.plusDays(1)));
        // met stays met after the year
        assertEquals(MET, status(GT, "95", "96", LocalDate.of(2030, 1, 1)));
        // a path does not save a target once its year has ended
        assertEquals(NOT_MET, Attainment.evaluate(GE, d("95"), 2020, d("0"), 2015, HIGHER_IS_BETTER,
                seen("94", LocalDate.of(2020, 12, 31)), lastDay.plusDays(1)).status());
    }

    @Test
    void higher_is_better_on_or_above_the_path_is_on_track() {
        // 90 on 31/12/2015 → 95 on 31/12/2020: 31/12/2018 is 1096 of 1827 days along, path ≈ 92.9995
        LocalDate end2018 = LocalDate.of(2018, 12, 31);
        BigDecimal path = Attainment.path(d("90"), 2015, d("95"), 2020, end2018);
        assertEquals(0, path.setScale(4, java.math.RoundingMode.HALF_UP).compareTo(d("92.9995")));
        var onTrack = Attainment.evaluate(GT, d("95"), 2020, d("90"), 2015, HIGHER_IS_BETTER, seen("93", end2018), DURING);
        assertEquals(ON_TRACK, onTrack.status());
        assertEquals(0, onTrack.expected().compareTo(d("92.9995")));
        assertEquals(AT_RISK, Attainment.evaluate(GT, d("95"), 2020, d("90"), 2015, HIGHER_IS_BETTER,
                seen("92.99", end2018), DURING).status());
        // exactly on the path is on track
        assertEquals(ON_TRACK, Attainment.evaluate(GE, d("100"), 2020, d("90"), 2019, HIGHER_IS_BETTER,
                seen("95", LocalDate.of(2020, 7, 1)), DURING).status());
        assertEquals(0, Attainment.path(d("90"), 2019, d("100"), 2020, LocalDate.of(2020, 7, 1))
                .compareTo(d("90").add(d("10").multiply(d("183")).divide(d("366"), java.math.MathContext.DECIMAL64))));
    }

    @Test
    void lower_is_better_on_or_below_the_path_is_on_track() {
        // abuse rate 6% in 2020 → under 4.5% in 2025; half-way path ≈ 5.25
        LocalDate mid = LocalDate.of(2023, 7, 2);
        BigDecimal path = Attainment.path(d("6"), 2020, d("4.5"), 2025, mid);
        assertTrue(path.compareTo(d("5.2")) > 0 && path.compareTo(d("5.3")) < 0, path.toString());
        assertEquals(ON_TRACK, Attainment.evaluate(LT, d("4.5"), 2025, d("6"), 2020, LOWER_IS_BETTER,
                seen("5.0", mid), DURING).status());
        assertEquals(AT_RISK, Attainment.evaluate(LT, d("4.5"), 2025, d("6"), 2020, LOWER_IS_BETTER,
                seen("5.5", mid), DURING).status());
        // the same figures read with HIGHER_IS_BETTER swap: direction decides what "better" means
        assertEquals(AT_RISK, Attainment.evaluate(LT, d("4.5"), 2025, d("6"), 2020, HIGHER_IS_BETTER,
                seen("5.0", mid), DURING).status());
        assertEquals(ON_TRACK, Attainment.evaluate(LT, d("4.5"), 2025, d("6"), 2020, HIGHER_IS_BETTER,
                seen("5.5", mid), DURING).status());
        // reaching the target is met, whatever the path
        assertEquals(MET, Attainment.evaluate(LT, d("4.5"), 2025, d("6"), 2020, LOWER_IS_BETTER,
                seen("4.4", LocalDate.of(2021, 6, 30)), DURING).status());
    }

    @Test
    void the_path_is_clamped_to_its_two_ends() {
        assertEquals(0, Attainment.path(d("90"), 2015, d("95"), 2020, LocalDate.of(2014, 6, 30)).compareTo(d("90")));
        assertEquals(0, Attainment.path(d("90"), 2015, d("95"), 2020, LocalDate.of(2015, 12, 31)).compareTo(d("90")));
        assertEquals(0, Attainment.path(d("90"), 2015, d("95"), 2020, LocalDate.of(2020, 12, 31)).compareTo(d("95")));
        assertEquals(0, Attainment.path(d("90"), 2015, d("95"), 2020, LocalDate.of(2022, 1, 1)).compareTo(d("95")));
        // a value older than the baseline is judged against the baseline
        assertEquals(ON_TRACK, Attainment.evaluate(GT, d("95"), 2020, d("90"), 2015, HIGHER_IS_BETTER,
                seen("90", LocalDate.of(2014, 12, 31)), DURING).status());
        assertThrows(IllegalArgumentException.class,
                () -> Attainment.path(d("90"), 2020, d("95"), 2020, LocalDate.of(2020, 1, 1)));
    }

    @Test
    void without_a_usable_baseline_a_target_not_yet_met_is_at_risk() {
        LocalDate end = LocalDate.of(2019, 12, 31);
        for (Direction dir : Direction.values()) {
            var none = Attainment.evaluate(GE, d("95"), 2020, null, null, dir, seen("94.9", end), DURING);
            assertEquals(AT_RISK, none.status());
            assertNull(none.expected());
            // half a baseline is none
            assertEquals(AT_RISK, Attainment.evaluate(GE, d("95"), 2020, d("10"), null, dir, seen("94.9", end), DURING).status());
            assertEquals(AT_RISK, Attainment.evaluate(GE, d("95"), 2020, null, 2015, dir, seen("94.9", end), DURING).status());
            // a baseline in or after the target year gives no path
            assertEquals(AT_RISK, Attainment.evaluate(GE, d("95"), 2020, d("10"), 2020, dir, seen("94.9", end), DURING).status());
        }
    }

    @Test
    void met_needs_no_path_and_reports_no_expected_value() {
        var r = Attainment.evaluate(GT, d("95"), 2020, d("90"), 2015, HIGHER_IS_BETTER,
                seen("96", LocalDate.of(2016, 6, 30)), DURING);
        assertEquals(MET, r.status());
        assertNull(r.expected());
        assertFalse(Attainment.satisfies(GT, d("96"), d("96")));
    }

    @Test
    void inputs_are_required() {
        assertThrows(NullPointerException.class, () -> Attainment.evaluate(null, d("1"), 2020, null, null,
                HIGHER_IS_BETTER, null, DURING));
        assertThrows(NullPointerException.class, () -> Attainment.evaluate(GT, d("1"), 2020, null, null,
                HIGHER_IS_BETTER, null, null));
        assertThrows(NullPointerException.class, () -> new Observation(null, DURING));
    }
}
