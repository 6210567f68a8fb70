package vn.childplan.period;

/** Breakdown of a value by sex; ALL is the total. */
public enum Sex {
    ALL, FEMALE, MALE
}
