package vn.childplan.analytics;

/** Where a target stands on a given day; the rule is {@link Attainment#evaluate}. */
public enum AttainmentStatus {
    /** The latest value satisfies the target's comparator. */
    MET,
    /** Not satisfied yet, the target year has not ended, and the latest value is on or better than the path. */
    ON_TRACK,
    /** Not satisfied yet, the target year has not ended, and the latest value is worse than the path (or no path). */
    AT_RISK,
    /** The target year has ended and the latest value does not satisfy the target. */
    NOT_MET,
    /** No value has been reported. */
    NO_DATA
}
