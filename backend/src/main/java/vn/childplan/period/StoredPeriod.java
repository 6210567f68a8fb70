package vn.childplan.period;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * A {@link Period} as the tables store it: its type, its code and its first and last day, in the columns
 * period_type, period_code, period_start and period_end. Entities hold it as their attribute {@code period}; the
 * only conversion to and from {@link Period} is {@link #of} and {@link #toPeriod}, and HQL names its paths through
 * {@link #TYPE}, {@link #CODE}, {@link #START} and {@link #END} (native SQL keeps the column names).
 */
@Embeddable
public record StoredPeriod(
        @Enumerated(EnumType.STRING) @Column(name = "period_type", nullable = false) PeriodType type,
        @Column(name = "period_code", nullable = false) String code,
        @Column(name = "period_start", nullable = false) LocalDate start,
        @Column(name = "period_end", nullable = false) LocalDate end) {

    /** The HQL paths of the four columns below an entity holding the period as {@code period}. */
    public static final String TYPE = "period.type";
    public static final String CODE = "period.code";
    public static final String START = "period.start";
    public static final String END = "period.end";

    /** The stored form of {@code p}, its code included. */
    public static StoredPeriod of(Period p) {
        return new StoredPeriod(p.type(), p.code(), p.start(), p.end());
    }

    public Period toPeriod() {
        return new Period(type, start, end);
    }

    /** {@code alias.period.code, alias.period.type, alias.period.start, alias.period.end}, e.g. for a projection. */
    public static String paths(String alias) {
        return Paths.list(alias, CODE, TYPE, START, END);
    }
}
