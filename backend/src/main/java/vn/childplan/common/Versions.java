package vn.childplan.common;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP: the ETag of a record is its row version; updates and deletes must send it back in
 * If-Match. Missing → 428, stale → 412, so a concurrent edit is never silently overwritten.
 */
public final class Versions {
    /** The version of an If-Match this server never issued: row versions start at 0. */
    private static final int NEVER_ISSUED = -1;

    private Versions() {
    }

    public static EntityTag etag(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** The version the client read, from an If-Match header such as {@code "3"} or {@code W/"3"}. */
    public static int expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new ApiException(ErrorCode.PRECONDITION_REQUIRED);
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            // An ETag this server never issued cannot match the current one; refused by check(), after the access
            // checks, so an outsider still gets 403 or 404 rather than a 412 that confirms nothing but the header.
            return NEVER_ISSUED;
        }
    }

    public static void check(int expected, int current) {
        if (expected != current) {
            throw new ApiException(ErrorCode.PRECONDITION_FAILED, expected == NEVER_ISSUED ? "?" : expected, current);
        }
    }
}
