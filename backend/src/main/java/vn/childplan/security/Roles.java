package vn.childplan.security;

/**
 * Realm roles carried in the access token. Coarse for now: everybody with a role reads, planners and admins write;
 * reference data (units) is admin-only. Scoping to unit and agency comes with the security issue.
 */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String PLANNER = "planner";
    public static final String OFFICER = "officer";
    public static final String VIEWER = "viewer";
    public static final String INTEGRATION = "integration";
    /**
     * A grant beside the role, not a role of its own: its holder sees the small counts of sensitive indicators that
     * everyone else sees suppressed. Admins do not hold it by being admins.
     */
    public static final String SENSITIVE_DATA = "sensitive-data";

    private Roles() {
    }
}
