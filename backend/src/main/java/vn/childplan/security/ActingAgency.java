package vn.childplan.security;

/**
 * An agency as the access rules see it: its code, matched against the token's agency_code. Implemented by the
 * agency entity in orgunit, so that security stays below the features that hold agencies.
 */
public interface ActingAgency {
    String code();
}
