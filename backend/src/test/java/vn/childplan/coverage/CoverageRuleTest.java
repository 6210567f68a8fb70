package vn.childplan.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.childplan.coverage.CoverageRule.Bar;
import vn.childplan.indicator.Comparator;
import vn.childplan.indicator.Direction;

/** The verdict on a plan's target against its parent's, one case per line. */
class CoverageRuleTest {

    @ParameterizedTest(name = "{0}: parent {1} {2} {3} ({4}), plan {5} {6} {7} ({8}) -> {9}")
    @CsvSource({
            // the example: the parent wants above 95 %, the plan at least 90 %
            "HIGHER_IS_BETTER, GT, 95, %, 2020, GE, 90, %, 2020, LESS_AMBITIOUS_VALUE",
            "HIGHER_IS_BETTER, GT, 95, %, 2020, GE, 95, %, 2020, INCLUSIVE_BOUND",
            "HIGHER_IS_BETTER, GE, 95, %, 2020, GT, 95, %, 2020, STRICTER",
            "HIGHER_IS_BETTER, GT, 95, %, 2020, GT, 95, %, 2020, SAME",
            "HIGHER_IS_BETTER, GE, 95, %, 2020, GE, 97, %, 2020, STRICTER",
            "HIGHER_IS_BETTER, GE, 95, %, 2020, LE, 99, %, 2020, OPPOSITE_COMPARATOR",
            // a later year for the same bar is weaker, an earlier one stricter
            "HIGHER_IS_BETTER, GE, 95, %, 2020, GE, 95, %, 2021, LATER_YEAR",
            "HIGHER_IS_BETTER, GE, 95, %, 2020, GE, 95, %, 2018, STRICTER",
            // the bar is named before the year: a lower, earlier milestone still leaves the parent's bar unpromised
            "HIGHER_IS_BETTER, GE, 97, %, 2025, GE, 95, %, 2016, LESS_AMBITIOUS_VALUE",
            // lower is better: a higher value is weaker, a lower one stricter
            "LOWER_IS_BETTER, LT, 4.5, %, 2025, LT, 5, %, 2025, LESS_AMBITIOUS_VALUE",
            "LOWER_IS_BETTER, LT, 4.5, %, 2025, LT, 4, %, 2025, STRICTER",
            "LOWER_IS_BETTER, LT, 4.5, %, 2025, LE, 4.5, %, 2025, INCLUSIVE_BOUND",
            "LOWER_IS_BETTER, LT, 4.5, %, 2025, LT, 4.50, %, 2025, SAME",
            // EQ is read by the direction: 100 % reached is GE 100, 0 % is LE 0
            "HIGHER_IS_BETTER, EQ, 100, %, 2020, GE, 100, %, 2020, SAME",
            "HIGHER_IS_BETTER, EQ, 100, %, 2020, GE, 99, %, 2020, LESS_AMBITIOUS_VALUE",
            "HIGHER_IS_BETTER, GE, 95, %, 2020, EQ, 100, %, 2020, STRICTER",
            "LOWER_IS_BETTER, LE, 2, %, 2020, EQ, 0, %, 2020, STRICTER",
            "LOWER_IS_BETTER, EQ, 0, %, 2020, LE, 1, %, 2020, LESS_AMBITIOUS_VALUE",
            // units compare as written, ignoring case and spaces; different units cannot be shown to hold
            "HIGHER_IS_BETTER, GE, 95, %, 2020, GE, 96, ' % ', 2020, STRICTER",
            "HIGHER_IS_BETTER, GE, 95, %, 2020, GE, 960, ‰, 2020, UNIT_DIFFERS",
    })
    void judges(Direction direction, Comparator pc, BigDecimal pv, String pu, int py, Comparator cc, BigDecimal cv,
            String cu, int cy, CoverageReason expected) {
        assertEquals(expected, CoverageRule.judge(new Bar(pc, pv, pu, py), new Bar(cc, cv, cu, cy), direction));
    }
}
