package vn.childplan.security;

/**
 * The admin unit that governs a record, as scope and the audit trail see it: its code. Implemented by the unit
 * entity in orgunit, so that security and audit stay below the features that hold units.
 */
public interface GoverningUnit {
    String code();
}
