package vn.childplan.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.childplan.indicator.Comparator;
import vn.childplan.indicator.Direction;

/**
 * The attainment rule of a target (chỉ tiêu): plain Java, no framework, no clock (the evaluation day is an input).
 *
 * <p>Inputs: the target's comparator and value, its target year, an optional baseline (value and year, both or
 * neither), the indicator's {@link Direction}, the latest reported value with the last day of its period (or none),
 * and the evaluation day {@code asOf}. The rule, applied in this order:
 * <ol>
 * <li><b>NO_DATA</b> when there is no value.</li>
 * <li><b>MET</b> when the latest value satisfies the comparator: GT {@code v > target}, GE {@code v ≥ target},
 * LT {@code v < target}, LE {@code v ≤ target}, EQ {@code |v − target| ≤ 1e-9}. The inequalities are exact
 * (decimal), so GT 95 with 95 is not met and GE 95 with 95 is.</li>
 * <li><b>NOT_MET</b> when the target year has ended, i.e. {@code asOf} is after 31 December of the target year.</li>
 * <li>Otherwise the target year is still running:
 * <ul>
 * <li>without a baseline (or with a baseline year not before the target year) → <b>AT_RISK</b>;</li>
 * <li>with one, the path is the straight line from the baseline value on 31 December of the baseline year to the
 * target value on 31 December of the target year, interpolated by days at the latest value's period end (clamped
 * to the two ends). A value on the path or better than it (HIGHER_IS_BETTER: {@code v ≥ path − 1e-9};
 * LOWER_IS_BETTER: {@code v ≤ path + 1e-9}) is <b>ON_TRACK</b>, a worse one <b>AT_RISK</b>.</li>
 * </ul>
 * </li>
 * </ol>
 * "Better" follows the indicator's direction, never the comparator: a LOWER_IS_BETTER indicator with a GT target is
 * judged by direction on the path and by the comparator for MET.
 */
public final class Attainment {
    /** Tolerance of EQ and of "on the path". */
    public static final BigDecimal EPSILON = new BigDecimal("1e-9");

    private Attainment() {
    }

    /** The latest reported value and the last day (inclusive) of its period. */
    public record Observation(BigDecimal value, LocalDate periodEnd) {
        public Observation {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(periodEnd, "periodEnd");
        }
    }

    /**
     * The outcome: the status and, when the path was used (ON_TRACK or AT_RISK with a baseline), the value the path
     * expects at the latest value's period end, rounded to 4 decimals (the comparison uses the exact path); null
     * otherwise.
     */
    public record Result(AttainmentStatus status, BigDecimal expected) {
    }

    /**
     * Applies the rule of the class comment.
     *
     * @param comparator    how the target value is read; required
     * @param target        the target value; required
     * @param targetYear    the year by whose end the target is due
     * @param baselineValue the starting value the plan quotes, or null
     * @param baselineYear  the year of the baseline value, or null (a baseline needs both)
     * @param direction     which way the indicator improves; required
     * @param latest        the latest value, or null when none was reported
     * @param asOf          the evaluation day; required
     */
    public static Result evaluate(Comparator comparator, BigDecimal target, int targetYear, BigDecimal baselineValue,
            Integer baselineYear, Direction direction, Observation latest, LocalDate asOf) {
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(asOf, "asOf");
        if (latest == null) {
            return new Result(AttainmentStatus.NO_DATA, null);
        }
        if (satisfies(comparator, latest.value(), target)) {
            return new Result(AttainmentStatus.MET, null);
        }
        if (asOf.isAfter(endOfYear(targetYear))) {
            return new Result(AttainmentStatus.NOT_MET, null);
        }
        if (baselineValue == null || baselineYear == null || baselineYear >= targetYear) {
            return new Result(AttainmentStatus.AT_RISK, null);
        }
        BigDecimal expected = path(baselineValue, baselineYear, target, targetYear, latest.periodEnd());
        boolean onTrack = direction == Direction.HIGHER_IS_BETTER
                ? latest.value().compareTo(expected.subtract(EPSILON)) >= 0
                : latest.value().compareTo(expected.add(EPSILON)) <= 0;
        return new Result(onTrack ? AttainmentStatus.ON_TRACK : AttainmentStatus.AT_RISK,
                expected.setScale(4, RoundingMode.HALF_UP));
    }

    /** Whether {@code value} satisfies "{@code comparator} {@code target}"; EQ allows a difference of 1e-9. */
    public static boolean satisfies(Comparator comparator, BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return switch (comparator) {
            case GT -> c > 0;
            case GE -> c >= 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> value.subtract(target).abs().compareTo(EPSILON) <= 0;
        };
    }

    /**
     * The straight-line path from {@code baseline} on 31 December of {@code baselineYear} to {@code target} on
     * 31 December of {@code targetYear}, at {@code on} (before the start: the baseline; after the end: the target).
     * Requires {@code baselineYear < targetYear}.
     */
    public static BigDecimal path(BigDecimal baseline, int baselineYear, BigDecimal target, int targetYear, LocalDate on) {
        if (baselineYear >= targetYear) {
            throw new IllegalArgumentException("the baseline year must come before the target year");
        }
        LocalDate from = endOfYear(baselineYear);
        LocalDate to = endOfYear(targetYear);
        if (!on.isAfter(from)) {
            return baseline;
        }
        if (!on.isBefore(to)) {
            return target;
        }
        BigDecimal elapsed = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, on));
        BigDecimal total = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to));
        BigDecimal fraction = elapsed.divide(total, MathContext.DECIMAL64);
        return baseline.add(target.subtract(baseline).multiply(fraction, MathContext.DECIMAL64));
    }

    private static LocalDate endOfYear(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
