package vn.childplan.coverage;

/**
 * Why a target is listed where it is in a plan's coverage; stable codes for clients to key on. The rule is
 * {@link CoverageRule#judge}.
 */
public enum CoverageReason {
    /** missing: the plan has no target on the parent target's indicator and breakdown. */
    NO_COUNTERPART,
    /** weaker: the plan's value is on the easier side of the parent's (≥ 90 against > 95; < 5 against < 4.5). */
    LESS_AMBITIOUS_VALUE,
    /** weaker: the same value, but the plan's bound admits it and the parent's does not (GE 95 against GT 95). */
    INCLUSIVE_BOUND,
    /** weaker: the plan's comparator bounds the other side (LE against GE), so it admits results the parent refuses. */
    OPPOSITE_COMPARATOR,
    /** weaker: a bar at least as strict, but for a later year than the parent's. */
    LATER_YEAR,
    /** weaker: the two targets are stated in different units (% against ‰), so the plan's cannot be shown to hold. */
    UNIT_DIFFERS,
    /** matched: the same bar for the same year. */
    SAME,
    /** matched: a stricter bar, an earlier year, or both. */
    STRICTER,
    /** additional: the plan's target is on an indicator and breakdown no parent target has. */
    NOT_IN_PARENT
}
