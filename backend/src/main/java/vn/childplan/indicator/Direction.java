package vn.childplan.indicator;

/**
 * Which way an indicator improves: immunisation and school completion rates are HIGHER_IS_BETTER, the share of
 * abused or malnourished children LOWER_IS_BETTER. Dashboards use it to tell progress from regression.
 */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
