package vn.childplan.period;

/** Breakdown of a value by area: urban (thành thị), rural (nông thôn), ethnic-minority areas; ALL is the total. */
public enum AreaType {
    ALL, URBAN, RURAL, ETHNIC_MINORITY
}
