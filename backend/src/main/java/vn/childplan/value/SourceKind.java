package vn.childplan.value;

/**
 * Where a value came from: an assigned agency's report, a machine client pushing aggregates (the grassroots child
 * information system, a province's LGSP), another external system, or typed in by hand.
 */
public enum SourceKind {
    AGENCY_REPORT, MACHINE_CLIENT, EXTERNAL_SYSTEM, MANUAL
}
