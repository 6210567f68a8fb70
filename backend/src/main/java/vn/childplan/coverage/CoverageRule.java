package vn.childplan.coverage;

import java.math.BigDecimal;
import java.util.Locale;
import vn.childplan.indicator.Comparator;
import vn.childplan.indicator.Direction;

/**
 * Whether a plan's target holds its parent's. A target admits a set of results (GT 95: above 95); the plan's target
 * holds the parent's when every result it admits the parent's admits too, and by the parent's year at the latest.
 * EQ is read by the indicator's direction — "100 % of communes" is met by 100, never exceeded, so for a
 * higher-is-better indicator it is GE, for a lower-is-better one LE — because as an exact set {100} it would make
 * GE 100 look weaker than EQ 100 although no result can tell them apart.
 */
final class CoverageRule {
    private CoverageRule() {
    }

    /** What one target asks for. */
    record Bar(Comparator comparator, BigDecimal value, String unit, int year) {
    }

    /** A one-sided bound: results above (lower) or below (upper) {@code value}, the value itself when inclusive. */
    private record Bound(boolean lower, boolean inclusive, BigDecimal value) {
        static Bound of(Bar bar, Direction direction) {
            return switch (bar.comparator()) {
                case GT -> new Bound(true, false, bar.value());
                case GE -> new Bound(true, true, bar.value());
                case LT -> new Bound(false, false, bar.value());
                case LE -> new Bound(false, true, bar.value());
                case EQ -> new Bound(direction == Direction.HIGHER_IS_BETTER, true, bar.value());
            };
        }
    }

    /**
     * The verdict on {@code child} as the counterpart of {@code parent} (same indicator, hence same direction): a
     * weaker reason when it admits a result the parent refuses or comes later, else SAME or STRICTER. The bar is
     * judged before the year: a lower bar is named as such even when it is due earlier, because an earlier,
     * lower milestone still leaves the parent's bar unpromised.
     */
    static CoverageReason judge(Bar parent, Bar child, Direction direction) {
        if (!unit(parent).equals(unit(child))) {
            return CoverageReason.UNIT_DIFFERS;
        }
        Bound p = Bound.of(parent, direction);
        Bound c = Bound.of(child, direction);
        if (p.lower() != c.lower()) {
            return CoverageReason.OPPOSITE_COMPARATOR;
        }
        // > 0: the plan's value lies on the parent's demanding side (above a lower bound, below an upper one)
        int stricter = p.lower() ? c.value().compareTo(p.value()) : p.value().compareTo(c.value());
        if (stricter < 0) {
            return CoverageReason.LESS_AMBITIOUS_VALUE;
        }
        if (stricter == 0 && c.inclusive() && !p.inclusive()) {
            return CoverageReason.INCLUSIVE_BOUND;
        }
        if (child.year() > parent.year()) {
            return CoverageReason.LATER_YEAR;
        }
        boolean same = stricter == 0 && c.inclusive() == p.inclusive() && child.year() == parent.year();
        return same ? CoverageReason.SAME : CoverageReason.STRICTER;
    }

    /** The unit as written, so "%" and " % " or "Trẻ em" and "trẻ em" are one unit. */
    private static String unit(Bar bar) {
        return bar.unit().trim().toLowerCase(Locale.ROOT);
    }

    /** Whether a verdict of {@link #judge} puts the pair among the matched ones. */
    static boolean holds(CoverageReason reason) {
        return reason == CoverageReason.SAME || reason == CoverageReason.STRICTER;
    }
}
