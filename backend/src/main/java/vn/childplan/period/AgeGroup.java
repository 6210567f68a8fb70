package vn.childplan.period;

/** The age-group breakdown of values and targets: a free code (e.g. 0-5, U5, ALL) in this shape. */
public final class AgeGroup {
    public static final String PATTERN = "^[A-Z0-9][A-Z0-9_+-]*$";
    public static final String MESSAGE = "must start with an upper-case letter or digit and hold only A-Z, 0-9, '_', '+', '-'";

    private AgeGroup() {
    }
}
