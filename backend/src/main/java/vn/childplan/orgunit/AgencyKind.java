package vn.childplan.orgunit;

/**
 * STATE_AGENCY: departments and offices the committee can order (Sở, Phòng, Công an); PEOPLES_COMMITTEE: UBND of a
 * unit; MASS_ORGANISATION: the Fatherland Front and political-social organisations, which can only be requested;
 * PRESS: newspapers, radio and television; OTHER: e.g. Party bodies.
 */
public enum AgencyKind {
    STATE_AGENCY, PEOPLES_COMMITTEE, MASS_ORGANISATION, PRESS, OTHER
}
