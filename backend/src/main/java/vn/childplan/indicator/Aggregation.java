package vn.childplan.indicator;

/**
 * How an indicator's values combine over several units: SUM for counts; RATIO for rates, recomputed as
 * factor × Σnumerator / Σdenominator from two SUM indicators (never summed or averaged); NONE when the figure cannot
 * be combined (a rate catalogued without its numerator and denominator, a median, a yes/no).
 */
public enum Aggregation {
    SUM, RATIO, NONE
}
