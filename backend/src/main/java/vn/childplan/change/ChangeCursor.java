package vn.childplan.change;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Problem;

/**
 * A position in the change feed: the (transaction id, row id) of the last row passed. Sent as opaque base64url text
 * so clients store it as is and the format can change; a text that is not one is 400 INVALID_PARAMETER.
 */
record ChangeCursor(long txid, long id) {
    static final ChangeCursor START = new ChangeCursor(0, 0);
    private static final Pattern FORMAT = Pattern.compile("c1:([0-9]{1,20}):([0-9]{1,19})");

    static ChangeCursor parse(String text) {
        if (text == null) {
            return START;
        }
        try {
            Matcher m = FORMAT.matcher(new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8));
            if (m.matches()) {
                // xid8 is unsigned 64-bit
                return new ChangeCursor(Long.parseUnsignedLong(m.group(1)), Long.parseLong(m.group(2)));
            }
        } catch (IllegalArgumentException e) {
            // not base64url, or a number out of range: the same answer as any other text that is no cursor
        }
        throw new ApiException(ErrorCode.INVALID_PARAMETER, List.of(new Problem.Violation("since",
                "is not a cursor of this feed; send the `next` of an earlier answer, or leave it out to start from "
                        + "the beginning", "Cursor")), "since", "not a cursor of this feed");
    }

    String text() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("c1:" + Long.toUnsignedString(txid) + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The transaction id as PostgreSQL's xid8 reads it (unsigned). */
    String xid() {
        return Long.toUnsignedString(txid);
    }

    boolean isAfter(ChangeCursor other) {
        int byTx = Long.compareUnsigned(txid, other.txid);
        return byTx > 0 || (byTx == 0 && id > other.id);
    }
}
